<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AddExpectedDialog</name>
    <message>
        <source>Add an expected member</source>
        <translation>Add an expected member</translation>
    </message>
    <message>
        <source>Expect a member who is not of this meeting's chapter, e.g. one visiting from another antenna. Meeting of {date}.</source>
        <translation>Expect a member who is not of this meeting's chapter, e.g. one visiting from another antenna. Meeting of {date}.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Choose a member from the list, or type their number.</source>
        <translation>Choose a member from the list, or type their number.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Substituted</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>Weekly meeting</translation>
    </message>
    <message>
        <source>Monthly meeting</source>
        <translation>Monthly meeting</translation>
    </message>
    <message>
        <source>Chapter meeting</source>
        <translation>Chapter meeting</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Business event</source>
        <translation>Business event</translation>
    </message>
    <message>
        <source>Board meeting</source>
        <translation>Board meeting</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Every month (same weekday)</source>
        <translation>Every month (same weekday)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
</context>
<context>
    <name>AttendanceSheetPage</name>
    <message>
        <source>← Meetings</source>
        <translation>← Meetings</translation>
    </message>
    <message>
        <source>Back to the list of meetings (Esc)</source>
        <translation>Back to the list of meetings (Esc)</translation>
    </message>
    <message>
        <source>Held more than 7 days ago: changes are confirmed and kept in the audit trail.</source>
        <translation>Held more than 7 days ago: changes are confirmed and kept in the audit trail.</translation>
    </message>
    <message>
        <source>Check-in: scan a badge or type a member number, then Enter</source>
        <translation>Check-in: scan a badge or type a member number, then Enter</translation>
    </message>
    <message>
        <source>Find a member: name or number (Ctrl+F)</source>
        <translation>Find a member: name or number (Ctrl+F)</translation>
    </message>
    <message>
        <source>All unmarked are present</source>
        <translation>All unmarked are present</translation>
    </message>
    <message>
        <source>Mark everyone without a status present (Ctrl+Enter)</source>
        <translation>Mark everyone without a status present (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add an expected member…</source>
        <translation>Add an expected member…</translation>
    </message>
    <message>
        <source>Expect a member of another chapter at this meeting, e.g. a visitor (Ctrl+Shift+A)</source>
        <translation>Expect a member of another chapter at this meeting, e.g. a visitor (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Remove from this meeting</source>
        <translation>Remove from this meeting</translation>
    </message>
    <message>
        <source>Remove a member added by hand who has no status yet</source>
        <translation>Remove a member added by hand who has no status yet</translation>
    </message>
    <message>
        <source>Keys: P present · R late · A absent · E excused · S substituted · Del clear. Ctrl+click or Shift+arrows to select several members.</source>
        <translation>Keys: P present · R late · A absent · E excused · S substituted · Del clear. Ctrl+click or Shift+arrows to select several members.</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
    <message>
        <source>{kind} – {place} – {date}</source>
        <translation>{kind} – {place} – {date}</translation>
    </message>
    <message>
        <source>Expected {expected} · present {present} · late {late} · absent {absent} · excused {excused} · substituted {substituted} · not marked {unmarked} · turnout {turnout}</source>
        <translation>Expected {expected} · present {present} · late {late} · absent {absent} · excused {excused} · substituted {substituted} · not marked {unmarked} · turnout {turnout}</translation>
    </message>
    <message>
        <source>Change an old meeting</source>
        <translation>Change an old meeting</translation>
    </message>
    <message>
        <source>This meeting was held more than 7 days ago. Change its attendance anyway? The change will be kept in the audit trail with your name.</source>
        <translation>This meeting was held more than 7 days ago. Change its attendance anyway? The change will be kept in the audit trail with your name.</translation>
    </message>
    <message>
        <source>Record one substitution at a time: select a single member.</source>
        <translation>Record one substitution at a time: select a single member.</translation>
    </message>
    <message>
        <source>Only a member added by hand to this meeting can be removed from it: select one.</source>
        <translation>Only a member added by hand to this meeting can be removed from it: select one.</translation>
    </message>
    <message>
        <source>{name} is already checked in ({status}).</source>
        <translation>{name} is already checked in ({status}).</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A member checked in up to this many minutes after the start time is present; later, late.</source>
        <translation>A member checked in up to this many minutes after the start time is present; later, late.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Every this many lates count as one unexcused absence in the figures (0: lates never count).</source>
        <translation>Every this many lates count as one unexcused absence in the figures (0: lates never count).</translation>
    </message>
    <message>
        <source>A substitution counts as presence</source>
        <translation>A substitution counts as presence</translation>
    </message>
    <message>
        <source>Check-in grace period</source>
        <translation>Check-in grace period</translation>
    </message>
    <message>
        <source>Lates that count as one absence</source>
        <translation>Lates that count as one absence</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
    <message>
        <source>{kind} – {place} – {date}</source>
        <translation>{kind} – {place} – {date}</translation>
    </message>
    <message>
        <source>Changes to the attendance of a meeting held more than 7 days ago, latest first: {count} recorded.</source>
        <translation>Changes to the attendance of a meeting held more than 7 days ago, latest first: {count} recorded.</translation>
    </message>
    <message>
        <source>No change recorded. Changes are kept once a meeting was held more than 7 days ago.</source>
        <translation>No change recorded. Changes are kept once a meeting was held more than 7 days ago.</translation>
    </message>
</context>
<context>
    <name>Business</name>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation>Meeting set</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Hot</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Cold</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Full presentation</source>
        <translation>Full presentation</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Principal company</source>
        <translation>Principal company</translation>
    </message>
    <message>
        <source>Referred them</source>
        <translation>Referred them</translation>
    </message>
    <message>
        <source>Received a referral about them</source>
        <translation>Received a referral about them</translation>
    </message>
    <message>
        <source>Invited them</source>
        <translation>Invited them</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>External</source>
        <translation>External</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Reason or substitute</source>
        <translation>Reason or substitute</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Attendance rate over the last 6 months (—: no meeting expected)</source>
        <translation>Attendance rate over the last 6 months (—: no meeting expected)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Closed business</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Business generated</source>
        <translation>Business generated</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Substituted</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Giver</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Internal/external</source>
        <translation>Internal/external</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Closed amount</source>
        <translation>Closed amount</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invited by</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Becomes a member…</source>
        <translation>Becomes a member…</translation>
    </message>
    <message>
        <source>Create their member record from this contact; their history stays attached</source>
        <translation>Create their member record from this contact; their history stays attached</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Recruitment follow-up</source>
        <translation>Recruitment follow-up</translation>
    </message>
    <message>
        <source>Became member</source>
        <translation>Became member</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{referrals} referrals, {visits} meeting visits</source>
        <translation>{referrals} referrals, {visits} meeting visits</translation>
    </message>
    <message>
        <source>member no. {number} since joining</source>
        <translation>member no. {number} since joining</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search: name, company, sector, phone, e-mail…</source>
        <translation>Search: name, company, sector, phone, e-mail…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>{shown} shown of {total} contacts</source>
        <translation>{shown} shown of {total} contacts</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Delete {name}?</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is not a Cercle database (it is not an SQLite file).</source>
        <translation>{path} is not a Cercle database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>{path} is not a Cercle database: it belongs to another application.</source>
        <translation>{path} is not a Cercle database: it belongs to another application.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read. Restore it from a backup.</source>
        <translation>{path} is damaged and cannot be read. Restore it from a backup.</translation>
    </message>
    <message>
        <source>{path} is read-only: Cercle needs to write to it. Check its permissions.</source>
        <translation>{path} is read-only: Cercle needs to write to it. Check its permissions.</translation>
    </message>
    <message>
        <source>{path} is in use by another program. Close it and try again.</source>
        <translation>{path} is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>{path} was created by a newer version of Cercle (schema {revision}). Install the latest version of Cercle to open it; the file was left untouched.</source>
        <translation>{path} was created by a newer version of Cercle (schema {revision}). Install the latest version of Cercle to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>The folder of {path} does not exist.</translation>
    </message>
    <message>
        <source>Updating {path} failed; the copy made before the update is {backup}.</source>
        <translation>Updating {path} failed; the copy made before the update is {backup}.</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Mrs</translation>
    </message>
    <message>
        <source>Very small business (TPE)</source>
        <translation>Very small business (TPE)</translation>
    </message>
    <message>
        <source>SME (PME)</source>
        <translation>SME (PME)</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Large company</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>President</source>
        <translation>President</translation>
    </message>
    <message>
        <source>Vice-president</source>
        <translation>Vice-president</translation>
    </message>
    <message>
        <source>Secretary general</source>
        <translation>Secretary general</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Board member</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Managing partner</source>
        <translation>Managing partner</translation>
    </message>
    <message>
        <source>Chief executive</source>
        <translation>Chief executive</translation>
    </message>
    <message>
        <source>Managing director</source>
        <translation>Managing director</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>Senior manager</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Founder</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This meeting was cancelled: restore it before recording attendance.</source>
        <translation>This meeting was cancelled: restore it before recording attendance.</translation>
    </message>
    <message>
        <source>This meeting has not taken place yet: attendance is recorded on the day.</source>
        <translation>This meeting has not taken place yet: attendance is recorded on the day.</translation>
    </message>
    <message>
        <source>This meeting was held more than 7 days ago: confirm the change, which will be kept in the audit trail.</source>
        <translation>This meeting was held more than 7 days ago: confirm the change, which will be kept in the audit trail.</translation>
    </message>
    <message>
        <source>No member with number {number}.</source>
        <translation>No member with number {number}.</translation>
    </message>
    <message>
        <source>{name} (number {number}) is no longer a member of the club.</source>
        <translation>{name} (number {number}) is no longer a member of the club.</translation>
    </message>
    <message>
        <source>{name} (number {number}) was not an active member on the day of this meeting.</source>
        <translation>{name} (number {number}) was not an active member on the day of this meeting.</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>This member no longer exists.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <source>{name} appears in {count} referrals or meeting visits and cannot be deleted.</source>
        <translation>{name} appears in {count} referrals or meeting visits and cannot be deleted.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file for the demo club.</source>
        <translation>{path} already exists; choose a new file for the demo club.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>This meeting no longer exists.</translation>
    </message>
    <message>
        <source>This meeting already has attendance or guests recorded: cancel it instead of deleting it.</source>
        <translation>This meeting already has attendance or guests recorded: cancel it instead of deleting it.</translation>
    </message>
    <message>
        <source>{name} already has a status at this meeting: clear it before removing them.</source>
        <translation>{name} already has a status at this meeting: clear it before removing them.</translation>
    </message>
    <message>
        <source>{name} has a history in the club and cannot be deleted. Change their status to resigned or excluded instead.</source>
        <translation>{name} has a history in the club and cannot be deleted. Change their status to resigned or excluded instead.</translation>
    </message>
    <message>
        <source>A member already looks like this one: {name} ({company}), number {number}.</source>
        <translation>A member already looks like this one: {name} ({company}), number {number}.</translation>
    </message>
    <message>
        <source>“{name}” is used by {count} record(s) and cannot be deleted; retire it instead.</source>
        <translation>“{name}” is used by {count} record(s) and cannot be deleted; retire it instead.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>This entry no longer exists.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>This referral no longer exists.</translation>
    </message>
    <message>
        <source>This referral has {count} closed business linked to it: choose whether to keep it (detached from the referral) or delete it too.</source>
        <translation>This referral has {count} closed business linked to it: choose whether to keep it (detached from the referral) or delete it too.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .xlsx: {path}</source>
        <translation>Choose a file name ending in .csv or .xlsx: {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ExcuseDialog</name>
    <message>
        <source>Business trip</source>
        <translation>Business trip</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>Client appointment</source>
        <translation>Client appointment</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Family reason</source>
        <translation>Family reason</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Reason or substitute</source>
        <translation>Reason or substitute</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>New guest</source>
        <translation>New guest</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invited by</translation>
    </message>
</context>
<context>
    <name>Guests</name>
    <message>
        <source>To call</source>
        <translation>To call</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
</context>
<context>
    <name>GuestsPanel</name>
    <message>
        <source>Came before: recognised</source>
        <translation>Came before: recognised</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation>Add a guest</translation>
    </message>
    <message>
        <source>Remove the selected guest from this meeting</source>
        <translation>Remove the selected guest from this meeting</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>{name} was recognised: visit number {visits}.</source>
        <translation>{name} was recognised: visit number {visits}.</translation>
    </message>
    <message>
        <source>{name} is a new contact, to call.</source>
        <translation>{name} is a new contact, to call.</translation>
    </message>
</context>
<context>
    <name>JoinClubDialog</name>
    <message>
        <source>{name} becomes a member</source>
        <translation>{name} becomes a member</translation>
    </message>
    <message>
        <source>A member record will be created from this contact (name, company, sector, phone, e-mail) and linked to it: their referrals and visits stay in their history. Complete the record afterwards in the members page.</source>
        <translation>A member record will be created from this contact (name, company, sector, phone, e-mail) and linked to it: their referrals and visits stay in their history. Complete the record afterwards in the members page.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>Join date</translation>
    </message>
    <message>
        <source>&amp;Chapter</source>
        <translation>&amp;Chapter</translation>
    </message>
    <message>
        <source>&amp;Join date</source>
        <translation>&amp;Join date</translation>
    </message>
    <message>
        <source>Create the member</source>
        <translation>Create the member</translation>
    </message>
    <message>
        <source>Create a new member anyway?</source>
        <translation>Create a new member anyway?</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cercle – club secretariat</source>
        <translation>Cercle – club secretariat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Open a database…</translation>
    </message>
    <message>
        <source>Chapters and &amp;sectors…</source>
        <translation>Chapters and &amp;sectors…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Cercle</source>
        <translation>&amp;About Cercle</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>An unexpected error occurred; nothing was saved by the interrupted action.
{error}</source>
        <translation>An unexpected error occurred; nothing was saved by the interrupted action.
{error}</translation>
    </message>
    <message>
        <source>Open a Cercle database</source>
        <translation>Open a Cercle database</translation>
    </message>
    <message>
        <source>Cercle databases (*.db *.sqlite);;All files (*)</source>
        <translation>Cercle databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>About Cercle</source>
        <translation>About Cercle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cercle&lt;/b&gt; {version}&lt;br&gt;The secretariat of the club: members, meetings, referrals, charter and reports.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Schema: {schema}</source>
        <translation>&lt;b&gt;Cercle&lt;/b&gt; {version}&lt;br&gt;The secretariat of the club: members, meetings, referrals, charter and reports.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Schema: {schema}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>{giver} to {receiver}: {count} referrals</source>
        <translation>{giver} to {receiver}: {count} referrals</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Title / agenda</source>
        <translation>Title / agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Repeat: create a series</source>
        <translation>Repeat: create a series</translation>
    </message>
    <message>
        <source>Untick the dates without a meeting (holidays).</source>
        <translation>Untick the dates without a meeting (holidays).</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Plan a meeting or a series (Ctrl+N)</source>
        <translation>Plan a meeting or a series (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete a meeting created by mistake; one with attendance or guests is cancelled instead</source>
        <translation>Delete a meeting created by mistake; one with attendance or guests is cancelled instead</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>Changes made to this meeting's attendance after 7 days</source>
        <translation>Changes made to this meeting's attendance after 7 days</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Record who came (Enter)</source>
        <translation>Record who came (Enter)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>All chapters</translation>
    </message>
    <message>
        <source>Whole club only</source>
        <translation>Whole club only</translation>
    </message>
    <message>
        <source>{count} meetings · average turnout {turnout}</source>
        <translation>{count} meetings · average turnout {turnout}</translation>
    </message>
    <message>
        <source>Restore meeting</source>
        <translation>Restore meeting</translation>
    </message>
    <message>
        <source>Cancel the meeting of {date}? A cancelled meeting counts for nobody.</source>
        <translation>Cancel the meeting of {date}? A cancelled meeting counts for nobody.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Delete the meeting of {date}? This cannot be undone.</source>
        <translation>Delete the meeting of {date}? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member {number} – {name}</source>
        <translation>Member {number} – {name}</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civility</translation>
    </message>
    <message>
        <source>First name *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <source>Last name *</source>
        <translation>Last name *</translation>
    </message>
    <message>
        <source>optional, in Arabic script</source>
        <translation>optional, in Arabic script</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <source>Company *</source>
        <translation>Company *</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Company size</translation>
    </message>
    <message>
        <source>15 digits</source>
        <translation>15 digits</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Chapter *</source>
        <translation>Chapter *</translation>
    </message>
    <message>
        <source>Joined on *</source>
        <translation>Joined on *</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Role in the club</source>
        <translation>Role in the club</translation>
    </message>
    <message>
        <source>Appears in the printed directory</source>
        <translation>Appears in the printed directory</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Only a member entered by mistake, with no history, can be deleted</source>
        <translation>Only a member entered by mistake, with no history, can be deleted</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Figures over the period</source>
        <translation>Figures over the period</translation>
    </message>
    <message>
        <source>Meetings expected</source>
        <translation>Meetings expected</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Unexcused absences</source>
        <translation>Unexcused absences</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Longest run of absences</source>
        <translation>Longest run of absences</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Last presence</source>
        <translation>Last presence</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Substituted</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Given to members (internal)</source>
        <translation>Given to members (internal)</translation>
    </message>
    <message>
        <source>Given to non-members (external)</source>
        <translation>Given to non-members (external)</translation>
    </message>
    <message>
        <source>Given in all</source>
        <translation>Given in all</translation>
    </message>
    <message>
        <source>Received from members</source>
        <translation>Received from members</translation>
    </message>
    <message>
        <source>Closed business (excluding tax)</source>
        <translation>Closed business (excluding tax)</translation>
    </message>
    <message>
        <source>Received: business closed by this member</source>
        <translation>Received: business closed by this member</translation>
    </message>
    <message>
        <source>Generated for others: closed thanks to their referrals</source>
        <translation>Generated for others: closed thanks to their referrals</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>One-to-ones</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>Meetings expected over the period, latest first:</source>
        <translation>Meetings expected over the period, latest first:</translation>
    </message>
    <message>
        <source>No held meeting expected this member over the period.</source>
        <translation>No held meeting expected this member over the period.</translation>
    </message>
    <message numerus="yes">
        <source>{amount} (%n deal(s))</source>
        <translation>
            <numerusform>{amount} (%n deal)</numerusform>
            <numerusform>{amount} (%n deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Current status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Current status: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{date}: {status} – {reason}</source>
        <translation>{date}: {status} – {reason}</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>same mobile</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>same name and company</translation>
    </message>
    <message>
        <source>{name} ({company}), member number {number}, looks like the same person: {reason}.</source>
        <translation>{name} ({company}), member number {number}, looks like the same person: {reason}.</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <source>Delete {name}? Only a member entered by mistake can be deleted.</source>
        <translation>Delete {name}? Only a member entered by mistake can be deleted.</translation>
    </message>
</context>
<context>
    <name>MemberField</name>
    <message>
        <source>Name, company or number</source>
        <translation>Name, company or number</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search: name, company, sector, phone, e-mail… (Ctrl+F)</source>
        <translation>Search: name, company, sector, phone, e-mail… (Ctrl+F)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>more than </source>
        <translation>more than </translation>
    </message>
    <message>
        <source>Show only the members with more than this number of unexcused absences over the last 6 months (0: everyone)</source>
        <translation>Show only the members with more than this number of unexcused absences over the last 6 months (0: everyone)</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <translation>Add a member (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the selected member (Enter)</source>
        <translation>Open the selected member (Enter)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Unexcused absences (6 months)</source>
        <translation>Unexcused absences (6 months)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Active and suspended</source>
        <translation>Active and suspended</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>All chapters</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>{shown} shown of {total} members</source>
        <translation>{shown} shown of {total} members</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Give nothing</source>
        <translation>Give nothing</translation>
    </message>
    <message>
        <source>Receive nothing</source>
        <translation>Receive nothing</translation>
    </message>
    <message>
        <source>Closed business by month</source>
        <translation>Closed business by month</translation>
    </message>
    <message>
        <source>By chapter</source>
        <translation>By chapter</translation>
    </message>
    <message>
        <source>Top givers</source>
        <translation>Top givers</translation>
    </message>
    <message>
        <source>Record a presentation…</source>
        <translation>Record a presentation…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Chapter network</source>
        <translation>Chapter network</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>{count} presentations over the period</source>
        <translation>{count} presentations over the period</translation>
    </message>
    <message>
        <source>Delete the presentation of {member} on {date}?</source>
        <translation>Delete the presentation of {member} on {date}?</translation>
    </message>
    <message>
        <source>Give nothing ({count})</source>
        <translation>Give nothing ({count})</translation>
    </message>
    <message>
        <source>Receive nothing ({count})</source>
        <translation>Receive nothing ({count})</translation>
    </message>
    <message>
        <source>{referrals} referrals, of which {share} to non-members – {closed} closed business worth {amount}</source>
        <translation>{referrals} referrals, of which {share} to non-members – {closed} closed business worth {amount}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>The last 6 months, up to today</source>
        <translation>The last 6 months, up to today</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>The last 12 months, up to today</source>
        <translation>The last 12 months, up to today</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>From 1 January to today</source>
        <translation>From 1 January to today</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
</context>
<context>
    <name>PresentationForm</name>
    <message>
        <source>What the member presented (optional)</source>
        <translation>What the member presented (optional)</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Member</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mee&amp;ting</source>
        <translation>Mee&amp;ting</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>No meeting</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Quick entry</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Referral</translation>
    </message>
    <message>
        <source>&amp;Closed business</source>
        <translation>&amp;Closed business</translation>
    </message>
    <message>
        <source>&amp;One-to-one</source>
        <translation>&amp;One-to-one</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Record (Enter)</translation>
    </message>
    <message>
        <source>To a &amp;non-member</source>
        <translation>To a &amp;non-member</translation>
    </message>
    <message>
        <source>Name or company of the non-member</source>
        <translation>Name or company of the non-member</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Giver</source>
        <translation>&amp;Giver</translation>
    </message>
    <message>
        <source>R&amp;eceiver</source>
        <translation>R&amp;eceiver</translation>
    </message>
    <message>
        <source>Non-member</source>
        <translation>Non-member</translation>
    </message>
    <message>
        <source>Ne&amp;ed</source>
        <translation>Ne&amp;ed</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperature</translation>
    </message>
    <message>
        <source>Amount in MAD excluding tax, e.g. 25 000</source>
        <translation>Amount in MAD excluding tax, e.g. 25 000</translation>
    </message>
    <message>
        <source>Repeat business</source>
        <translation>Repeat business</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>No referral</translation>
    </message>
    <message>
        <source>Closed &amp;by</source>
        <translation>Closed &amp;by</translation>
    </message>
    <message>
        <source>&amp;Thanks to</source>
        <translation>&amp;Thanks to</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>From referral</source>
        <translation>From referral</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Member</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;With</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Referral recorded: {giver} to {receiver}.</source>
        <translation>Referral recorded: {giver} to {receiver}.</translation>
    </message>
    <message>
        <source>Closed business recorded: {amount} for {receiver}.</source>
        <translation>Closed business recorded: {amount} for {receiver}.</translation>
    </message>
    <message>
        <source>{amount} is over 100 million MAD. Record it anyway?</source>
        <translation>{amount} is over 100 million MAD. Record it anyway?</translation>
    </message>
    <message>
        <source>One-to-one recorded: {a} and {b}.</source>
        <translation>One-to-one recorded: {a} and {b}.</translation>
    </message>
    <message>
        <source>Presentation recorded: {member}, {date}.</source>
        <translation>Presentation recorded: {member}, {date}.</translation>
    </message>
</context>
<context>
    <name>ReferenceListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Retire / restore</source>
        <translation>Retire / restore</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (retired)</translation>
    </message>
    <message>
        <source>{count} use(s)</source>
        <translation>{count} use(s)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <source>Chapters and sectors</source>
        <translation>Chapters and sectors</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral of {date}</source>
        <translation>Referral of {date}</translation>
    </message>
    <message>
        <source>To a &amp;non-member</source>
        <translation>To a &amp;non-member</translation>
    </message>
    <message>
        <source>Name or company of the non-member</source>
        <translation>Name or company of the non-member</translation>
    </message>
    <message>
        <source>Contact of the directory (optional)</source>
        <translation>Contact of the directory (optional)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>New or repeat</source>
        <translation>New or repeat</translation>
    </message>
    <message>
        <source>Closed business from this referral</source>
        <translation>Closed business from this referral</translation>
    </message>
    <message>
        <source>No closed business from this referral yet.</source>
        <translation>No closed business from this referral yet.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Giver</source>
        <translation>&amp;Giver</translation>
    </message>
    <message>
        <source>R&amp;eceiver</source>
        <translation>R&amp;eceiver</translation>
    </message>
    <message>
        <source>Non-member</source>
        <translation>Non-member</translation>
    </message>
    <message>
        <source>&amp;Prospect</source>
        <translation>&amp;Prospect</translation>
    </message>
    <message>
        <source>Ne&amp;ed</source>
        <translation>Ne&amp;ed</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperature</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>Repeat business</source>
        <translation>Repeat business</translation>
    </message>
    <message>
        <source>Closed business from this referral ({count})</source>
        <translation>Closed business from this referral ({count})</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Internal and external</source>
        <translation>Internal and external</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Search: name, prospect, need…</source>
        <translation>Search: name, prospect, need…</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <source>Enter the referrals, closed business and one-to-ones of a meeting (Ctrl+E)</source>
        <translation>Enter the referrals, closed business and one-to-ones of a meeting (Ctrl+E)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>This referral led to {count} closed business worth {amount}. What should happen to it?</source>
        <translation>This referral led to {count} closed business worth {amount}. What should happen to it?</translation>
    </message>
    <message>
        <source>Keep it, without the referral</source>
        <translation>Keep it, without the referral</translation>
    </message>
    <message>
        <source>Delete it too</source>
        <translation>Delete it too</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Correct the selected referral (Enter or double-click)</source>
        <translation>Correct the selected referral (Enter or double-click)</translation>
    </message>
    <message>
        <source>Presentation…</source>
        <translation>Presentation…</translation>
    </message>
    <message>
        <source>Record a member presenting their activity at a meeting</source>
        <translation>Record a member presenting their activity at a meeting</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Giver</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>All chapters</translation>
    </message>
    <message>
        <source>{count} referrals, {external} to non-members ({share}) – closed business: {amount}</source>
        <translation>{count} referrals, {external} to non-members ({share}) – closed business: {amount}</translation>
    </message>
    <message>
        <source>New status, dated today:</source>
        <translation>New status, dated today:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <source>Substitute</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>Who came in the place of {name}?</source>
        <translation>Who came in the place of {name}?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Enter at most {max_length} characters.</source>
        <translation>Enter at most {max_length} characters.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters from this text.</source>
        <translation>Remove the invisible control characters from this text.</translation>
    </message>
    <message>
        <source>A name must contain at least one letter.</source>
        <translation>A name must contain at least one letter.</translation>
    </message>
    <message>
        <source>Write this name in Arabic letters.</source>
        <translation>Write this name in Arabic letters.</translation>
    </message>
    <message>
        <source>Write this name in Arabic letters only, without Latin letters.</source>
        <translation>Write this name in Arabic letters only, without Latin letters.</translation>
    </message>
    <message>
        <source>Enter a valid Moroccan or international phone number, e.g. 06 61 23 45 67.</source>
        <translation>Enter a valid Moroccan or international phone number, e.g. 06 61 23 45 67.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, e.g. nom@societe.ma.</source>
        <translation>Enter a valid e-mail address, e.g. nom@societe.ma.</translation>
    </message>
    <message>
        <source>An ICE has 15 digits; this one has {length}.</source>
        <translation>An ICE has 15 digits; this one has {length}.</translation>
    </message>
    <message>
        <source>An ICE is made of digits only.</source>
        <translation>An ICE is made of digits only.</translation>
    </message>
    <message>
        <source>This ICE is not valid: check its digits (the last two are a control key).</source>
        <translation>This ICE is not valid: check its digits (the last two are a control key).</translation>
    </message>
    <message>
        <source>Enter a date between {earliest} and {latest}.</source>
        <translation>Enter a date between {earliest} and {latest}.</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date.</source>
        <translation>The end date must be on or after the start date.</translation>
    </message>
    <message>
        <source>Enter a date as dd/mm/yyyy, e.g. 22/11/2026.</source>
        <translation>Enter a date as dd/mm/yyyy, e.g. 22/11/2026.</translation>
    </message>
    <message>
        <source>This date does not exist: {text}.</source>
        <translation>This date does not exist: {text}.</translation>
    </message>
    <message>
        <source>Enter an amount in dirhams, e.g. 1 234,50.</source>
        <translation>Enter an amount in dirhams, e.g. 1 234,50.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>A member cannot pass a referral to themselves.</source>
        <translation>A member cannot pass a referral to themselves.</translation>
    </message>
    <message>
        <source>Choose two different members.</source>
        <translation>Choose two different members.</translation>
    </message>
    <message>
        <source>Member {number} was not active on {date}.</source>
        <translation>Member {number} was not active on {date}.</translation>
    </message>
    <message>
        <source>Choose the member or the non-member who receives the referral.</source>
        <translation>Choose the member or the non-member who receives the referral.</translation>
    </message>
    <message>
        <source>A referral goes either to a member or to a non-member, not both.</source>
        <translation>A referral goes either to a member or to a non-member, not both.</translation>
    </message>
    <message>
        <source>The status goes back from “{old}” to “{new}”: confirm to record it.</source>
        <translation>The status goes back from “{old}” to “{new}”: confirm to record it.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <source>Enter an amount with at most 2 decimals, e.g. 1 234,50.</source>
        <translation>Enter an amount with at most 2 decimals, e.g. 1 234,50.</translation>
    </message>
    <message>
        <source>An amount over {limit} MAD is unusual: check it, then confirm to record it.</source>
        <translation>An amount over {limit} MAD is unusual: check it, then confirm to record it.</translation>
    </message>
    <message>
        <source>The amount cannot exceed {limit} MAD.</source>
        <translation>The amount cannot exceed {limit} MAD.</translation>
    </message>
    <message>
        <source>A step cannot be dated before the referral itself.</source>
        <translation>A step cannot be dated before the referral itself.</translation>
    </message>
    <message>
        <source>Enter a number of lates between 0 and 20 (0: lates never count).</source>
        <translation>Enter a number of lates between 0 and 20 (0: lates never count).</translation>
    </message>
    <message>
        <source>Enter a grace period between 0 and 120 minutes.</source>
        <translation>Enter a grace period between 0 and 120 minutes.</translation>
    </message>
    <message>
        <source>The series holds no meeting: check its first and last dates.</source>
        <translation>The series holds no meeting: check its first and last dates.</translation>
    </message>
    <message>
        <source>A series holds at most {max} meetings; choose an earlier last date.</source>
        <translation>A series holds at most {max} meetings; choose an earlier last date.</translation>
    </message>
    <message>
        <source>Enter the name of the person who came in the member's place.</source>
        <translation>Enter the name of the person who came in the member's place.</translation>
    </message>
    <message>
        <source>Enter a member number, e.g. 1042.</source>
        <translation>Enter a member number, e.g. 1042.</translation>
    </message>
    <message>
        <source>Choose the member's chapter.</source>
        <translation>Choose the member's chapter.</translation>
    </message>
    <message>
        <source>Enter the date the member joined.</source>
        <translation>Enter the date the member joined.</translation>
    </message>
    <message>
        <source>A member cannot be their own sponsor.</source>
        <translation>A member cannot be their own sponsor.</translation>
    </message>
    <message>
        <source>Choose a member of the club.</source>
        <translation>Choose a member of the club.</translation>
    </message>
    <message>
        <source>{name} is not expected at this meeting: add them as an expected member first.</source>
        <translation>{name} is not expected at this meeting: add them as an expected member first.</translation>
    </message>
    <message>
        <source>This referral does not exist.</source>
        <translation>This referral does not exist.</translation>
    </message>
    <message>
        <source>This referral went to a non-member, not to a member of the club.</source>
        <translation>This referral went to a non-member, not to a member of the club.</translation>
    </message>
    <message>
        <source>This referral was passed to another member.</source>
        <translation>This referral was passed to another member.</translation>
    </message>
    <message>
        <source>This referral was given by another member.</source>
        <translation>This referral was given by another member.</translation>
    </message>
    <message>
        <source>The business cannot be closed before the referral was passed.</source>
        <translation>The business cannot be closed before the referral was passed.</translation>
    </message>
    <message>
        <source>This meeting does not exist.</source>
        <translation>This meeting does not exist.</translation>
    </message>
    <message>
        <source>Enter the date of the presentation or choose its meeting.</source>
        <translation>Enter the date of the presentation or choose its meeting.</translation>
    </message>
    <message>
        <source>The meeting took place on another date.</source>
        <translation>The meeting took place on another date.</translation>
    </message>
    <message>
        <source>Enter the person's last name or the company.</source>
        <translation>Enter the person's last name or the company.</translation>
    </message>
    <message>
        <source>Choose a sector from the list.</source>
        <translation>Choose a sector from the list.</translation>
    </message>
    <message>
        <source>This contact is already linked to member {number}.</source>
        <translation>This contact is already linked to member {number}.</translation>
    </message>
    <message>
        <source>{name} is already recorded as a guest at this meeting.</source>
        <translation>{name} is already recorded as a guest at this meeting.</translation>
    </message>
    <message>
        <source>Choose the member who invited this guest from the list.</source>
        <translation>Choose the member who invited this guest from the list.</translation>
    </message>
    <message>
        <source>Attendance is already recorded for this meeting: its date, type and chapter can no longer change. Cancel it and plan another one instead.</source>
        <translation>Attendance is already recorded for this meeting: its date, type and chapter can no longer change. Cancel it and plan another one instead.</translation>
    </message>
    <message>
        <source>Choose a chapter from the list.</source>
        <translation>Choose a chapter from the list.</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>Choose the type of meeting.</translation>
    </message>
    <message>
        <source>Tick at least one date of the series.</source>
        <translation>Tick at least one date of the series.</translation>
    </message>
    <message>
        <source>{name} was not an active member on {date}.</source>
        <translation>{name} was not an active member on {date}.</translation>
    </message>
    <message>
        <source>{name} is already expected at this meeting.</source>
        <translation>{name} is already expected at this meeting.</translation>
    </message>
    <message>
        <source>The member already has this status.</source>
        <translation>The member already has this status.</translation>
    </message>
    <message>
        <source>This change of status is not allowed.</source>
        <translation>This change of status is not allowed.</translation>
    </message>
    <message>
        <source>The date of the change is before the member joined.</source>
        <translation>The date of the change is before the member joined.</translation>
    </message>
    <message>
        <source>The date of the change is before the previous change.</source>
        <translation>The date of the change is before the previous change.</translation>
    </message>
    <message>
        <source>Give the reason for this change of status.</source>
        <translation>Give the reason for this change of status.</translation>
    </message>
    <message>
        <source>The join date cannot be after the member's first change of status ({date}).</source>
        <translation>The join date cannot be after the member's first change of status ({date}).</translation>
    </message>
    <message>
        <source>The sponsor is not a member of the club.</source>
        <translation>The sponsor is not a member of the club.</translation>
    </message>
    <message>
        <source>“{name}” is already in the list.</source>
        <translation>“{name}” is already in the list.</translation>
    </message>
    <message>
        <source>Choose a contact from the directory.</source>
        <translation>Choose a contact from the directory.</translation>
    </message>
</context>
</TS>