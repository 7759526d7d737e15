<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>programming language</source>
        <translation>programming language</translation>
    </message>
    <message>
        <source>windows and widgets</source>
        <translation>windows and widgets</translation>
    </message>
    <message>
        <source>Qt from Python</source>
        <translation>Qt from Python</translation>
    </message>
    <message>
        <source>report preview</source>
        <translation>report preview</translation>
    </message>
    <message>
        <source>database access</source>
        <translation>database access</translation>
    </message>
    <message>
        <source>database updates</source>
        <translation>database updates</translation>
    </message>
    <message>
        <source>used by Alembic</source>
        <translation>used by Alembic</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Public domain</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>database file</translation>
    </message>
    <message>
        <source>PDF reports</source>
        <translation>PDF reports</translation>
    </message>
    <message>
        <source>Arabic text shaping in the reports</source>
        <translation>Arabic text shaping in the reports</translation>
    </message>
    <message>
        <source>club logo in the reports</source>
        <translation>club logo in the reports</translation>
    </message>
    <message>
        <source>Excel import and export</source>
        <translation>Excel import and export</translation>
    </message>
    <message>
        <source>used by openpyxl</source>
        <translation>used by openpyxl</translation>
    </message>
    <message>
        <source>dates and numbers in French</source>
        <translation>dates and numbers in French</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>phone numbers</translation>
    </message>
    <message>
        <source>company identifiers (ICE)</source>
        <translation>company identifiers (ICE)</translation>
    </message>
    <message>
        <source>user data folder</source>
        <translation>user data folder</translation>
    </message>
    <message>
        <source>PostgreSQL server (optional)</source>
        <translation>PostgreSQL server (optional)</translation>
    </message>
    <message>
        <source>Bitstream Vera / Arev fonts license (free)</source>
        <translation>Bitstream Vera / Arev fonts license (free)</translation>
    </message>
    <message>
        <source>font of the reports</source>
        <translation>font of the reports</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>License</source>
        <translation>License</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Cercle is built on these free components, shipped with it under their own licenses. Qt and PySide6 are used under the LGPL version 3: they are separate libraries in the application folder, which you may replace with compatible versions.</source>
        <translation>Cercle is built on these free components, shipped with it under their own licenses. Qt and PySide6 are used under the LGPL version 3: they are separate libraries in the application folder, which you may replace with compatible versions.</translation>
    </message>
    <message>
        <source>About Cercle</source>
        <translation>About Cercle</translation>
    </message>
    <message>
        <source>The secretariat of the club: members, meetings, referrals, charter and reports.</source>
        <translation>The secretariat of the club: members, meetings, referrals, charter and reports.</translation>
    </message>
    <message>
        <source>{stored} (this version expects {head})</source>
        <translation>{stored} (this version expects {head})</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>{members} members, {meetings} meetings</source>
        <translation>{members} members, {meetings} meetings</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Runs on</translation>
    </message>
    <message>
        <source>Copy these details</source>
        <translation>Copy these details</translation>
    </message>
    <message>
        <source>Font license…</source>
        <translation>Font license…</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licenses</translation>
    </message>
</context>
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
        <source>Check-in: scan a badge or type a member number, then Enter. A number followed by P, R, A, E or S (1075a) sets that status at once.</source>
        <translation>Check-in: scan a badge or type a member number, then Enter. A number followed by P, R, A, E or S (1075a) sets that status at once.</translation>
    </message>
    <message>
        <source>Find: name or number</source>
        <translation>Find: name or number</translation>
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
        <source>All unmarked are absent</source>
        <translation>All unmarked are absent</translation>
    </message>
    <message>
        <source>Mark everyone without a status absent (Ctrl+Shift+Enter)</source>
        <translation>Mark everyone without a status absent (Ctrl+Shift+Enter)</translation>
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
        <source>Keys: P present · R late · A absent · E excused · S substituted · Del clear · Ctrl+Z undo. Ctrl+click or Shift+arrows to select several members.</source>
        <translation>Keys: P present · R late · A absent · E excused · S substituted · Del clear · Ctrl+Z undo. Ctrl+click or Shift+arrows to select several members.</translation>
    </message>
    <message>
        <source>turnout {turnout}</source>
        <translation>turnout {turnout}</translation>
    </message>
    <message>
        <source>No member with number {number} on this sheet.</source>
        <translation>No member with number {number} on this sheet.</translation>
    </message>
    <message>
        <source>Reason of the excuse</source>
        <translation>Reason of the excuse</translation>
    </message>
    <message>
        <source>Excused: {name}. Type the reason, then Enter (Esc: cancel).</source>
        <translation>Excused: {name}. Type the reason, then Enter (Esc: cancel).</translation>
    </message>
    <message>
        <source>Name of the substitute</source>
        <translation>Name of the substitute</translation>
    </message>
    <message>
        <source>Substituted: {name}. Type who came in their place, then Enter (Esc: cancel).</source>
        <translation>Substituted: {name}. Type who came in their place, then Enter (Esc: cancel).</translation>
    </message>
    <message>
        <source>Check-in: badge, or number and letter (1075a)</source>
        <translation>Check-in: badge, or number and letter (1075a)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Redone: {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <source>{kind} – {place} – {date}</source>
        <translation>{kind} – {place} – {date}</translation>
    </message>
    <message>
        <source>Planned for {date}: excuses can be recorded now; present, late and absent on the day.</source>
        <translation>Planned for {date}: excuses can be recorded now; present, late and absent on the day.</translation>
    </message>
    <message>
        <source>Read only: this connection may change only the meetings and attendance of {chapter}.</source>
        <translation>Read only: this connection may change only the meetings and attendance of {chapter}.</translation>
    </message>
    <message>
        <source>Expected {expected} · present {present} · late {late} · absent {absent} · excused {excused} · substituted {substituted} · not marked {unmarked}</source>
        <translation>Expected {expected} · present {present} · late {late} · absent {absent} · excused {excused} · substituted {substituted} · not marked {unmarked}</translation>
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
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message numerus="yes">
        <source>{status}: %n member(s)</source>
        <translation>
            <numerusform>{status}: %n member(s)</numerusform>
            <numerusform>{status}: %n member(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member already has a status.</source>
        <translation>Every member already has a status.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not marked yet: now present</source>
        <translation>
            <numerusform>%n member(s) not marked yet: now present</numerusform>
            <numerusform>%n member(s) not marked yet: now present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not marked yet: now absent</source>
        <translation>
            <numerusform>%n member(s) not marked yet: now absent</numerusform>
            <numerusform>%n member(s) not marked yet: now absent</numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+Z: undo)</source>
        <translation>(Ctrl+Z: undo)</translation>
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
    <name>Backup</name>
    <message>
        <source>{reason} Nothing was changed; add --force to replace it anyway (it will be kept in {folder}, apart from the backups).</source>
        <translation>{reason} Nothing was changed; add --force to replace it anyway (it will be kept in {folder}, apart from the backups).</translation>
    </message>
    <message>
        <source>Restored {source} into {database}; the file it replaced, which this version could not open, is kept apart from the backups as {previous}.</source>
        <translation>Restored {source} into {database}; the file it replaced, which this version could not open, is kept apart from the backups as {previous}.</translation>
    </message>
    <message>
        <source>Restored {source} into {database}; the replaced database was saved as {previous}.</source>
        <translation>Restored {source} into {database}; the replaced database was saved as {previous}.</translation>
    </message>
    <message>
        <source>This database is on a server ({name}): back it up and restore it with the server's own tools.</source>
        <translation>This database is on a server ({name}): back it up and restore it with the server's own tools.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} already exists; choose another file name.</translation>
    </message>
    <message>
        <source>The backup folder {path} does not exist and cannot be created.</source>
        <translation>The backup folder {path} does not exist and cannot be created.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>Cannot write the backup {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder} ({reason}). Nothing was changed; choose another folder or ask for the right to write there.</source>
        <translation>Cannot write in the folder {folder} ({reason}). Nothing was changed; choose another folder or ask for the right to write there.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is the database in use; choose a backup file.</source>
        <translation>{path} is the database in use; choose a backup file.</translation>
    </message>
    <message>
        <source>{path} failed the integrity check: it is damaged. Nothing was changed.</source>
        <translation>{path} failed the integrity check: it is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is not a complete Cercle database ({part} is missing). Nothing was changed.</source>
        <translation>{path} is not a complete Cercle database ({part} is missing). Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} failed the integrity check: records of {table} point to records it does not have. Nothing was changed.</source>
        <translation>{path} failed the integrity check: records of {table} point to records it does not have. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} could not be brought up to this version of Cercle: it is incomplete or damaged. Nothing was changed.</source>
        <translation>{path} could not be brought up to this version of Cercle: it is incomplete or damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>{reason} Replacing it needs a confirmation; it would be kept in {folder}, apart from the backups.</source>
        <translation>{reason} Replacing it needs a confirmation; it would be kept in {folder}, apart from the backups.</translation>
    </message>
    <message>
        <source>The database could not be replaced ({reason}); it was left as it was. Its backup is {backup}.</source>
        <translation>The database could not be replaced ({reason}); it was left as it was. Its backup is {backup}.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Backups and personal data</source>
        <translation>Backups and personal data</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The oldest automatic backups beyond this number are deleted.</source>
        <translation>The oldest automatic backups beyond this number are deleted.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>Cercle backs up the database when it closes, once a day at most. A folder on another disk or a synchronised folder (OneDrive…) keeps a copy safe if this computer fails; the database itself must stay on this computer.</source>
        <translation>Cercle backs up the database when it closes, once a day at most. A folder on another disk or a synchronised folder (OneDrive…) keeps a copy safe if this computer fails; the database itself must stay on this computer.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Personal data (law 09-08)</source>
        <translation>Personal data (law 09-08)</translation>
    </message>
    <message>
        <source>Keep the data of a member who left for</source>
        <translation>Keep the data of a member who left for</translation>
    </message>
    <message>
        <source>After this period, a member who resigned or was excluded can be anonymised from their record (Personal data tab).</source>
        <translation>After this period, a member who resigned or was excluded can be anonymised from their record (Personal data tab).</translation>
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
    <name>Charter</name>
    <message>
        <source>1. Communicate about one's activity</source>
        <translation>1. Communicate about one's activity</translation>
    </message>
    <message>
        <source>2. Take part in the club's activities</source>
        <translation>2. Take part in the club's activities</translation>
    </message>
    <message>
        <source>3. Give business to receive business</source>
        <translation>3. Give business to receive business</translation>
    </message>
    <message>
        <source>4. Recommend non-members too</source>
        <translation>4. Recommend non-members too</translation>
    </message>
    <message>
        <source>5. Respect the intelligence of others</source>
        <translation>5. Respect the intelligence of others</translation>
    </message>
    <message>
        <source>3. Make one's company a recognised brand</source>
        <translation>3. Make one's company a recognised brand</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>First warning</source>
        <translation>First warning</translation>
    </message>
    <message>
        <source>Second warning</source>
        <translation>Second warning</translation>
    </message>
    <message>
        <source>Board hearing</source>
        <translation>Board hearing</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Closed on {date}</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <source>Text and versions</source>
        <translation>Text and versions</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Current members (active and suspended)</source>
        <translation>Current members (active and suspended)</translation>
    </message>
    <message>
        <source>Not signed (active members)</source>
        <translation>Not signed (active members)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>Search: name, company, number…</source>
        <translation>Search: name, company, number…</translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation>Record signature…</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Remove signature</translation>
    </message>
    <message>
        <source>No member matches “{text}”</source>
        <translation>No member matches “{text}”</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>All points</translation>
    </message>
    <message>
        <source>Search: member, facts…</source>
        <translation>Search: member, facts…</translation>
    </message>
    <message>
        <source>Record warning…</source>
        <translation>Record warning…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Add decision…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>No warning matches “{text}”</source>
        <translation>No warning matches “{text}”</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>No charter adopted yet.</source>
        <translation>No charter adopted yet.</translation>
    </message>
    <message>
        <source>Current version: {version}, adopted on {date}</source>
        <translation>Current version: {version}, adopted on {date}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>{shown} shown of {total} members</source>
        <translation>{shown} shown of {total} members</translation>
    </message>
    <message>
        <source>Remove the signature of {name} ({version}, signed on {date})?</source>
        <translation>Remove the signature of {name} ({version}, signed on {date})?</translation>
    </message>
    <message>
        <source>{shown} shown of {total} warnings</source>
        <translation>{shown} shown of {total} warnings</translation>
    </message>
    <message>
        <source>Select a warning to see the board's decisions.</source>
        <translation>Select a warning to see the board's decisions.</translation>
    </message>
    <message>
        <source>Decisions on the warning of &lt;b&gt;{member}&lt;/b&gt; dated {date}:</source>
        <translation>Decisions on the warning of &lt;b&gt;{member}&lt;/b&gt; dated {date}:</translation>
    </message>
    <message>
        <source>Delete the warning of {name} dated {date}, with its decisions? Only a warning recorded by mistake should be deleted; otherwise close it.</source>
        <translation>Delete the warning of {name} dated {date}, with its decisions? Only a warning recorded by mistake should be deleted; otherwise close it.</translation>
    </message>
    <message>
        <source>Delete the decision "{step}" of {date}?</source>
        <translation>Delete the decision "{step}" of {date}?</translation>
    </message>
</context>
<context>
    <name>CharterRulesTab</name>
    <message>
        <source>Charter scoring</source>
        <translation>Charter scoring</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Window before the date</source>
        <translation>Window before the date</translation>
    </message>
    <message>
        <source>New member (not coloured) for less than</source>
        <translation>New member (not coloured) for less than</translation>
    </message>
    <message>
        <source>More unexcused absences than this cap the light at red</source>
        <translation>More unexcused absences than this cap the light at red</translation>
    </message>
    <message>
        <source>Lights (total out of 100)</source>
        <translation>Lights (total out of 100)</translation>
    </message>
    <message>
        <source>Green from</source>
        <translation>Green from</translation>
    </message>
    <message>
        <source>Orange from</source>
        <translation>Orange from</translation>
    </message>
    <message>
        <source>Red from (grey below)</source>
        <translation>Red from (grey below)</translation>
    </message>
    <message>
        <source>Criteria: threshold and points of each step, best first</source>
        <translation>Criteria: threshold and points of each step, best first</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>Below the last step a criterion gives 0 points. Absences: at most this many; other criteria: at least this value (per month for referrals and one-to-ones).</source>
        <translation>Below the last step a criterion gives 0 points. Absences: at most this many; other criteria: at least this value (per month for referrals and one-to-ones).</translation>
    </message>
    <message>
        <source>Best possible total: {total} (must be 100)</source>
        <translation>Best possible total: {total} (must be 100)</translation>
    </message>
    <message>
        <source>Last changed: {date}</source>
        <translation>Last changed: {date}</translation>
    </message>
    <message>
        <source>The club uses the charter's default numbers.</source>
        <translation>The club uses the charter's default numbers.</translation>
    </message>
</context>
<context>
    <name>CharterVersionDialog</name>
    <message>
        <source>Adopt a new version of the charter</source>
        <translation>Adopt a new version of the charter</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>e.g. 2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adopt</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cercle: the club's secretariat. Without a subcommand, opens the application.</source>
        <translation>Cercle: the club's secretariat. Without a subcommand, opens the application.</translation>
    </message>
    <message>
        <source>open the demo club</source>
        <translation>open the demo club</translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation>language of the interface</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>PATH_OR_URL</translation>
    </message>
    <message>
        <source>database (by default: the user's, or $CERCLE_DB)</source>
        <translation>database (by default: the user's, or $CERCLE_DB)</translation>
    </message>
    <message>
        <source>back up the database (into the backups folder, or into --out)</source>
        <translation>back up the database (into the backups folder, or into --out)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>backup file to write (it must not exist)</source>
        <translation>backup file to write (it must not exist)</translation>
    </message>
    <message>
        <source>replace the database with a backup (checked first; the current database is backed up)</source>
        <translation>replace the database with a backup (checked first; the current database is backed up)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>the backup to restore</translation>
    </message>
    <message>
        <source>also replace a database this version cannot open (newer, another application's, read-only); it is kept apart from the backups</source>
        <translation>also replace a database this version cannot open (newer, another application's, read-only); it is kept apart from the backups</translation>
    </message>
    <message>
        <source>compliance with the charter: each member's criteria, points, total and light</source>
        <translation>compliance with the charter: each member's criteria, points, total and light</translation>
    </message>
    <message>
        <source>date of evaluation (by default: today); window of the 6 months before</source>
        <translation>date of evaluation (by default: today); window of the 6 months before</translation>
    </message>
    <message>
        <source>copy the whole club from one database to another (SQLite file or PostgreSQL server), checked by the number of rows and a checksum of each table</source>
        <translation>copy the whole club from one database to another (SQLite file or PostgreSQL server), checked by the number of rows and a checksum of each table</translation>
    </message>
    <message>
        <source>the database to copy (it is not changed)</source>
        <translation>the database to copy (it is not changed)</translation>
    </message>
    <message>
        <source>the database to fill: a new file, or an empty database on the server</source>
        <translation>the database to fill: a new file, or an empty database on the server</translation>
    </message>
    <message>
        <source>first erase what the target database already holds</source>
        <translation>first erase what the target database already holds</translation>
    </message>
    <message>
        <source>write a demo database</source>
        <translation>write a demo database</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>export a list to a spreadsheet (CSV or XLSX)</source>
        <translation>export a list to a spreadsheet (CSV or XLSX)</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>what to export</translation>
    </message>
    <message>
        <source>.csv or .xlsx file to write</source>
        <translation>.csv or .xlsx file to write</translation>
    </message>
    <message>
        <source>attendance: first date (included)</source>
        <translation>attendance: first date (included)</translation>
    </message>
    <message>
        <source>attendance: last date (included)</source>
        <translation>attendance: last date (included)</translation>
    </message>
    <message>
        <source>import members or an attendance grid (XLSX or CSV)</source>
        <translation>import members or an attendance grid (XLSX or CSV)</translation>
    </message>
    <message>
        <source>what the file holds</source>
        <translation>what the file holds</translation>
    </message>
    <message>
        <source>.xlsx or .csv file</source>
        <translation>.xlsx or .csv file</translation>
    </message>
    <message>
        <source>analyse without saving anything</source>
        <translation>analyse without saving anything</translation>
    </message>
    <message>
        <source>create the chapters, sectors and meetings the database does not know</source>
        <translation>create the chapters, sectors and meetings the database does not know</translation>
    </message>
    <message>
        <source>CHAPTER</source>
        <translation>CHAPTER</translation>
    </message>
    <message>
        <source>chapter of the members without one, or of the grid (the meetings it creates, its visitors)</source>
        <translation>chapter of the members without one, or of the grid (the meetings it creates, its visitors)</translation>
    </message>
    <message>
        <source>grid of the whole club: the meetings it creates are the whole club's</source>
        <translation>grid of the whole club: the meetings it creates are the whole club's</translation>
    </message>
    <message>
        <source>join date of the members who have none (ISO)</source>
        <translation>join date of the members who have none (ISO)</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>COLUMN=FIELD</translation>
    </message>
    <message>
        <source>map a column (title or letter) to a field; empty FIELD: ignore it</source>
        <translation>map a column (title or letter) to a field; empty FIELD: ignore it</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>save the rejected rows</source>
        <translation>save the rejected rows</translation>
    </message>
    <message>
        <source>the club's meetings</source>
        <translation>the club's meetings</translation>
    </message>
    <message>
        <source>list the meetings with the number present, absent…</source>
        <translation>list the meetings with the number present, absent…</translation>
    </message>
    <message>
        <source>first date (included)</source>
        <translation>first date (included)</translation>
    </message>
    <message>
        <source>last date (included)</source>
        <translation>last date (included)</translation>
    </message>
    <message>
        <source>the club's members</source>
        <translation>the club's members</translation>
    </message>
    <message>
        <source>list the members</source>
        <translation>list the members</translation>
    </message>
    <message>
        <source>make a PDF report ({names})</source>
        <translation>make a PDF report ({names})</translation>
    </message>
    <message>
        <source>Make a PDF report: {names}.</source>
        <translation>Make a PDF report: {names}.</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <source>name of the report: {names}</source>
        <translation>name of the report: {names}</translation>
    </message>
    <message>
        <source>start of the period (22/11/2026 or 2026-11-22)</source>
        <translation>start of the period (22/11/2026 or 2026-11-22)</translation>
    </message>
    <message>
        <source>end of the period, included</source>
        <translation>end of the period, included</translation>
    </message>
    <message>
        <source>date of evaluation (conformite), by default today</source>
        <translation>date of evaluation (conformite), by default today</translation>
    </message>
    <message>
        <source>name (or number) of the chapter; by default the whole club</source>
        <translation>name (or number) of the chapter; by default the whole club</translation>
    </message>
    <message>
        <source>number of the meeting (emargement)</source>
        <translation>number of the meeting (emargement)</translation>
    </message>
    <message>
        <source>number of the member (fiche-membre)</source>
        <translation>number of the member (fiche-membre)</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <source>check that every part of the application loads and works</source>
        <translation>check that every part of the application loads and works</translation>
    </message>
    <message>
        <source>without the checks of the interface (Qt)</source>
        <translation>without the checks of the interface (Qt)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>show program's version number and exit</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>can't open '%(filename)s': %(error)s</translation>
    </message>
</context>
<context>
    <name>CloseWarningDialog</name>
    <message>
        <source>Close the warning</source>
        <translation>Close the warning</translation>
    </message>
    <message>
        <source>How the matter was settled</source>
        <translation>How the matter was settled</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ClosedBusinessDialog</name>
    <message>
        <source>Closed business of {date}</source>
        <translation>Closed business of {date}</translation>
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
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
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
        <source>From &amp;referral</source>
        <translation>From &amp;referral</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>No referral</translation>
    </message>
    <message>
        <source>Delete the closed business of {amount} closed by {receiver} thanks to {giver} on {date}?</source>
        <translation>Delete the closed business of {amount} closed by {receiver} thanks to {giver} on {date}?</translation>
    </message>
    <message>
        <source>Delete the closed business of {amount} closed by {receiver} on {date}?</source>
        <translation>Delete the closed business of {amount} closed by {receiver} on {date}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Closed business</translation>
    </message>
</context>
<context>
    <name>ClosedBusinessPage</name>
    <message>
        <source>New business</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>Repeat business</source>
        <translation>Repeat business</translation>
    </message>
    <message>
        <source>Search: name, need of the referral, notes…</source>
        <translation>Search: name, need of the referral, notes…</translation>
    </message>
    <message>
        <source>No closed business matches “{text}”</source>
        <translation>No closed business matches “{text}”</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Closed business</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Correct the selected closed business (Enter or double-click)</source>
        <translation>Correct the selected closed business (Enter or double-click)</translation>
    </message>
    <message numerus="yes">
        <source>%n closed business, {amount}</source>
        <translation>
            <numerusform>%n closed business, {amount}</numerusform>
            <numerusform>%n closed business, {amount}</numerusform>
        </translation>
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
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Last version signed</source>
        <translation>Last version signed</translation>
    </message>
    <message>
        <source>Charter point</source>
        <translation>Charter point</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>With</source>
        <translation>With</translation>
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
        <source>New or repeat</source>
        <translation>New or repeat</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
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
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Charter compliance on {date} (window {start} – {end})</source>
        <translation>Charter compliance on {date} (window {start} – {end})</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Unexcused absences</source>
        <translation>Unexcused absences</translation>
    </message>
    <message>
        <source>Referrals given per month</source>
        <translation>Referrals given per month</translation>
    </message>
    <message>
        <source>Closed business generated (MAD)</source>
        <translation>Closed business generated (MAD)</translation>
    </message>
    <message>
        <source>One-to-ones per month</source>
        <translation>One-to-ones per month</translation>
    </message>
    <message>
        <source>External referrals</source>
        <translation>External referrals</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>Guests invited</source>
        <translation>Guests invited</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Referrals/month</source>
        <translation>Referrals/month</translation>
    </message>
    <message>
        <source>Closed (MAD)</source>
        <translation>Closed (MAD)</translation>
    </message>
    <message>
        <source>1-to-1/month</source>
        <translation>1-to-1/month</translation>
    </message>
    <message>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>More than {count} unexcused absences: at most red</source>
        <translation>More than {count} unexcused absences: at most red</translation>
    </message>
    <message>
        <source>Open warning (respect or brand): at most orange</source>
        <translation>Open warning (respect or brand): at most orange</translation>
    </message>
    <message>
        <source>Red or grey twice in a row</source>
        <translation>Red or grey twice in a row</translation>
    </message>
    <message>
        <source>More than {count} unexcused absences</source>
        <translation>More than {count} unexcused absences</translation>
    </message>
    <message>
        <source>Open warning</source>
        <translation>Open warning</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Closed business</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>One-to-one</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Guest (came again, counted once)</source>
        <translation>Guest (came again, counted once)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Passed to</source>
        <translation>Passed to</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Not a member a month earlier</source>
        <translation>Not a member a month earlier</translation>
    </message>
    <message>
        <source>A month earlier: {total} ({light})</source>
        <translation>A month earlier: {total} ({light})</translation>
    </message>
    <message>
        <source>Member for less than the months required: shown, not coloured</source>
        <translation>Member for less than the months required: shown, not coloured</translation>
    </message>
    <message>
        <source>Evaluated over {months} months of membership</source>
        <translation>Evaluated over {months} months of membership</translation>
    </message>
    <message>
        <source>Total {total} out of {max}: {light} (Green from {green}, Orange from {orange}, Red from {red}, Grey below)</source>
        <translation>Total {total} out of {max}: {light} (Green from {green}, Orange from {orange}, Red from {red}, Grey below)</translation>
    </message>
    <message>
        <source>Needs the board's attention: {reasons}</source>
        <translation>Needs the board's attention: {reasons}</translation>
    </message>
    <message>
        <source>{name}, no. {number}, {chapter}: {light}</source>
        <translation>{name}, no. {number}, {chapter}: {light}</translation>
    </message>
    <message>
        <source>{measure} · {points} pt out of {max}
Double-click to see the records.</source>
        <translation>{measure} · {points} pt out of {max}
Double-click to see the records.</translation>
    </message>
    <message>
        <source>{criterion}: value · points</source>
        <translation>{criterion}: value · points</translation>
    </message>
    <message numerus="yes">
        <source>{value} unexcused absence(s)</source>
        <translation>
            <numerusform>{value} unexcused absence</numerusform>
            <numerusform>{value} unexcused absences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} referral(s) given/month</source>
        <translation>
            <numerusform>{value} referral given/month</numerusform>
            <numerusform>{value} referrals given/month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} MAD of closed business generated</source>
        <translation>
            <numerusform>{value} MAD of closed business generated</numerusform>
            <numerusform>{value} MAD of closed business generated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} one-to-one(s)/month</source>
        <translation>
            <numerusform>{value} one-to-one/month</numerusform>
            <numerusform>{value} one-to-ones/month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} referral(s) to non-members</source>
        <translation>
            <numerusform>{value} referral to a non-member</numerusform>
            <numerusform>{value} referrals to non-members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} presentation(s)</source>
        <translation>
            <numerusform>{value} presentation</numerusform>
            <numerusform>{value} presentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value} guest(s) invited</source>
        <translation>
            <numerusform>{value} guest invited</numerusform>
            <numerusform>{value} guests invited</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Board attention</source>
        <translation>Board attention</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
</context>
<context>
    <name>ComplianceHistoryTab</name>
    <message>
        <source>Criteria today</source>
        <translation>Criteria today</translation>
    </message>
    <message>
        <source>Month by month (on the same day of each month, over the window before it):</source>
        <translation>Month by month (on the same day of each month, over the window before it):</translation>
    </message>
    <message>
        <source>Not active on {date}: not evaluated</source>
        <translation>Not active on {date}: not evaluated</translation>
    </message>
    <message>
        <source>On {date}: {light}, total {total}</source>
        <translation>On {date}: {light}, total {total}</translation>
    </message>
    <message>
        <source>{points} / {max} pts</source>
        <translation>{points} / {max} pts</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Compliance with the charter</source>
        <translation>Compliance with the charter</translation>
    </message>
    <message>
        <source>Evaluate on this date, over the months before it</source>
        <translation>Evaluate on this date, over the months before it</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Record a warning…</source>
        <translation>Record a warning…</translation>
    </message>
    <message>
        <source>Record a warning for the selected member</source>
        <translation>Record a warning for the selected member</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>Print the report…</translation>
    </message>
    <message>
        <source>The compliance report on this date, as a PDF</source>
        <translation>The compliance report on this date, as a PDF</translation>
    </message>
    <message>
        <source>Search: name, number, company…</source>
        <translation>Search: name, number, company…</translation>
    </message>
    <message>
        <source>All lights</source>
        <translation>All lights</translation>
    </message>
    <message>
        <source>Red or grey</source>
        <translation>Red or grey</translation>
    </message>
    <message>
        <source>Needs the board's attention</source>
        <translation>Needs the board's attention</translation>
    </message>
    <message>
        <source>Red or grey twice in a row, too many unexcused absences, or an open warning</source>
        <translation>Red or grey twice in a row, too many unexcused absences, or an open warning</translation>
    </message>
    <message>
        <source>No member matches “{text}”</source>
        <translation>No member matches “{text}”</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Each criterion: value · points. Double-click a figure for the records behind it; right-click a row for more.</source>
        <translation>Each criterion: value · points. Double-click a figure for the records behind it; right-click a row for more.</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation>All chapters</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Evaluating…</translation>
    </message>
    <message>
        <source>The evaluation failed: {error}</source>
        <translation>The evaluation failed: {error}</translation>
    </message>
    <message>
        <source>window: {start} – {end}</source>
        <translation>window: {start} – {end}</translation>
    </message>
    <message>
        <source>{shown} of {total} members</source>
        <translation>{shown} of {total} members</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Records behind</source>
        <translation>Records behind</translation>
    </message>
    <message>
        <source>Open the member record</source>
        <translation>Open the member record</translation>
    </message>
</context>
<context>
    <name>ComplianceRecordsDialog</name>
    <message>
        <source>{criterion} — {member}</source>
        <translation>{criterion} — {member}</translation>
    </message>
    <message>
        <source>{criterion}: {value}, {points} points out of {max}, over {start} – {end}.</source>
        <translation>{criterion}: {value}, {points} points out of {max}, over {start} – {end}.</translation>
    </message>
    <message>
        <source>Absences and unmarked meetings count one each; lates count by complete pairs (per the attendance settings); excused absences are not listed.</source>
        <translation>Absences and unmarked meetings count one each; lates count by complete pairs (per the attendance settings); excused absences are not listed.</translation>
    </message>
    <message>
        <source>Only the {months} months of membership in the window count; rates per month are divided by them.</source>
        <translation>Only the {months} months of membership in the window count; rates per month are divided by them.</translation>
    </message>
    <message>
        <source>No record over the window.</source>
        <translation>No record over the window.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Ready to import {file}: {new} new member(s), {updated} update(s); {unchanged} row(s) unchanged.</source>
        <translation>Ready to import {file}: {new} new member(s), {updated} update(s); {unchanged} row(s) unchanged.</translation>
    </message>
    <message>
        <source>Ready to import {file}: {marks} mark(s) to record for {members} member(s).</source>
        <translation>Ready to import {file}: {marks} mark(s) to record for {members} member(s).</translation>
    </message>
    <message>
        <source>{count} row(s) rejected will not be imported; you can save them from the previous step.</source>
        <translation>{count} row(s) rejected will not be imported; you can save them from the previous step.</translation>
    </message>
    <message>
        <source>Everything is written at once, or nothing if anything goes wrong.</source>
        <translation>Everything is written at once, or nothing if anything goes wrong.</translation>
    </message>
    <message>
        <source>Check the summary, then import the accepted rows.</source>
        <translation>Check the summary, then import the accepted rows.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>The import is done.</translation>
    </message>
    <message>
        <source>Import done: {created} member(s) created, {updated} updated, {rejected} row(s) rejected.</source>
        <translation>Import done: {created} member(s) created, {updated} updated, {rejected} row(s) rejected.</translation>
    </message>
    <message>
        <source>{chapters} chapter(s) and {sectors} sector(s) created.</source>
        <translation>{chapters} chapter(s) and {sectors} sector(s) created.</translation>
    </message>
    <message>
        <source>Import done: {marks} mark(s) recorded, {meetings} meeting(s) created, {rejected} row(s) rejected.</source>
        <translation>Import done: {marks} mark(s) recorded, {meetings} meeting(s) created, {rejected} row(s) rejected.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Reload shows the record as it is saved now (your changes are dropped). Overwrite saves your values over theirs.</source>
        <translation>Reload shows the record as it is saved now (your changes are dropped). Overwrite saves your values over theirs.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Overwrite with mine</translation>
    </message>
    <message>
        <source>The record no longer exists: close the form.</source>
        <translation>The record no longer exists: close the form.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConsentField</name>
    <message>
        <source>The day the member gave this consent</source>
        <translation>The day the member gave this consent</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
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
        <source>No contact matches “{text}”</source>
        <translation>No contact matches “{text}”</translation>
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
    <name>Copy</name>
    <message>
        <source>What the target held is kept in {path}.</source>
        <translation>What the target held is kept in {path}.</translation>
    </message>
    <message>
        <source>Copied {tables} tables ({rows} rows) into {target}: counts and checksums match the source.</source>
        <translation>Copied {tables} tables ({rows} rows) into {target}: counts and checksums match the source.</translation>
    </message>
    <message>
        <source>{target} already holds a club ({table}: {rows} rows). Copy into an empty database, or add --replace to erase it first.</source>
        <translation>{target} already holds a club ({table}: {rows} rows). Copy into an empty database, or add --replace to erase it first.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>The source and the target are the same database.</translation>
    </message>
    <message>
        <source>The copy of the table {table} differs from the source ({source} rows, {target} copied): nothing was written.</source>
        <translation>The copy of the table {table} differs from the source ({source} rows, {target} copied): nothing was written.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Cercle met an unexpected error and interrupted the action in progress. Nothing that action was doing was saved: your data is intact.</source>
        <translation>Cercle met an unexpected error and interrupted the action in progress. Nothing that action was doing was saved: your data is intact.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Send it to whoever maintains Cercle for you.</source>
        <translation>The details are in the log file:
{path}
Send it to whoever maintains Cercle for you.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <source>No log file could be written in the user data folder.</source>
        <translation>No log file could be written in the user data folder.</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>Restored from {file}</source>
        <translation>Restored from {file}</translation>
    </message>
    <message>
        <source>Database in a folder synchronised by {service}</source>
        <translation>Database in a folder synchronised by {service}</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Database on a network share</translation>
    </message>
    <message>
        <source>Where the database is kept</source>
        <translation>Where the database is kept</translation>
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
        <source>{path} is damaged: its table {table} is missing. Restore its newest backup, {backup}.</source>
        <translation>{path} is damaged: its table {table} is missing. Restore its newest backup, {backup}.</translation>
    </message>
    <message>
        <source>{path} is damaged: its table {table} is missing. Restore it from a backup.</source>
        <translation>{path} is damaged: its table {table} is missing. Restore it from a backup.</translation>
    </message>
    <message>
        <source>{path} is damaged: its table {table} has lost its column {column}. Restore its newest backup, {backup}.</source>
        <translation>{path} is damaged: its table {table} has lost its column {column}. Restore its newest backup, {backup}.</translation>
    </message>
    <message>
        <source>{path} is damaged: its table {table} has lost its column {column}. Restore it from a backup.</source>
        <translation>{path} is damaged: its table {table} has lost its column {column}. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>The folder of {path} does not exist.</translation>
    </message>
    <message>
        <source>There is no database at {path}: check the name of the file.</source>
        <translation>There is no database at {path}: check the name of the file.</translation>
    </message>
    <message>
        <source>Updating {path} failed; the copy made before the update is {backup}.</source>
        <translation>Updating {path} failed; the copy made before the update is {backup}.</translation>
    </message>
    <message>
        <source>The database server {server} cannot be reached. Check its address and port, and that it is running, then try again.</source>
        <translation>The database server {server} cannot be reached. Check its address and port, and that it is running, then try again.</translation>
    </message>
    <message>
        <source>The database server {server} refused the user name or the password of {user}.</source>
        <translation>The database server {server} refused the user name or the password of {user}.</translation>
    </message>
    <message>
        <source>The database {database} does not exist on the server {server}. Ask for it to be created.</source>
        <translation>The database {database} does not exist on the server {server}. Ask for it to be created.</translation>
    </message>
    <message>
        <source>The database server {server} refused the connection ({reason}).</source>
        <translation>The database server {server} refused the connection ({reason}).</translation>
    </message>
    <message>
        <source>The user {user} may not create or change the tables of {path}. Ask for the rights.</source>
        <translation>The user {user} may not create or change the tables of {path}. Ask for the rights.</translation>
    </message>
    <message>
        <source>This copy of Cercle cannot connect to a {engine} server: its driver is not installed.</source>
        <translation>This copy of Cercle cannot connect to a {engine} server: its driver is not installed.</translation>
    </message>
    <message>
        <source>{url} is not a database address Cercle can open (use a file or postgresql://user@host/database).</source>
        <translation>{url} is not a database address Cercle can open (use a file or postgresql://user@host/database).</translation>
    </message>
    <message>
        <source>{path} is in use by another program: nothing was saved. Close it and try again.</source>
        <translation>{path} is in use by another program: nothing was saved. Close it and try again.</translation>
    </message>
    <message>
        <source>Someone else changed the same records in {path} meanwhile: nothing was saved. Try again.</source>
        <translation>Someone else changed the same records in {path} meanwhile: nothing was saved. Try again.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Board decision</source>
        <translation>Board decision</translation>
    </message>
    <message>
        <source>e.g. Bureau du 12/11/2026 — K. Alaoui</source>
        <translation>e.g. Bureau du 12/11/2026 — K. Alaoui</translation>
    </message>
    <message>
        <source>Also change the member's status to excluded from this date</source>
        <translation>Also change the member's status to excluded from this date</translation>
    </message>
    <message>
        <source>Excluded by the board: breach of the charter (point {point})</source>
        <translation>Excluded by the board: breach of the charter (point {point})</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>Reason for the exclusion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check the result</source>
        <translation>Check the result</translation>
    </message>
    <message>
        <source>What the import would do. Nothing has been written yet.</source>
        <translation>What the import would do. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>Show every row (otherwise only the rejected ones and those to check)</source>
        <translation>Show every row (otherwise only the rejected ones and those to check)</translation>
    </message>
    <message>
        <source>Save the rejected rows…</source>
        <translation>Save the rejected rows…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
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
        <source>This meeting has not taken place yet: only excuses are recorded before the day.</source>
        <translation>This meeting has not taken place yet: only excuses are recorded before the day.</translation>
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
        <source>{name} (number {number}) is not on the board: a board meeting takes the board only.</source>
        <translation>{name} (number {number}) is not on the board: a board meeting takes the board only.</translation>
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
    <message>
        <source>There is no chapter named {name}.</source>
        <translation>There is no chapter named {name}.</translation>
    </message>
    <message>
        <source>The chapter's name is blank: name a chapter.</source>
        <translation>The chapter's name is blank: name a chapter.</translation>
    </message>
    <message>
        <source>No charter has been adopted yet.</source>
        <translation>No charter has been adopted yet.</translation>
    </message>
    <message>
        <source>This charter version no longer exists.</source>
        <translation>This charter version no longer exists.</translation>
    </message>
    <message>
        <source>This warning no longer exists.</source>
        <translation>This warning no longer exists.</translation>
    </message>
    <message>
        <source>This decision no longer exists.</source>
        <translation>This decision no longer exists.</translation>
    </message>
    <message>
        <source>{name} has not signed version {version}.</source>
        <translation>{name} has not signed version {version}.</translation>
    </message>
    <message>
        <source>This warning was closed on {date}; reopen it to add a decision.</source>
        <translation>This warning was closed on {date}; reopen it to add a decision.</translation>
    </message>
    <message>
        <source>This warning was already closed on {date}.</source>
        <translation>This warning was already closed on {date}.</translation>
    </message>
    <message>
        <source>This warning is open.</source>
        <translation>This warning is open.</translation>
    </message>
    <message>
        <source>{record} was changed by someone else since you opened it.</source>
        <translation>{record} was changed by someone else since you opened it.</translation>
    </message>
    <message>
        <source>{record} was deleted by someone else since you opened it.</source>
        <translation>{record} was deleted by someone else since you opened it.</translation>
    </message>
    <message>
        <source>The member {number} – {name}</source>
        <translation>The member {number} – {name}</translation>
    </message>
    <message>
        <source>The meeting of {date}</source>
        <translation>The meeting of {date}</translation>
    </message>
    <message>
        <source>The referral of {date}</source>
        <translation>The referral of {date}</translation>
    </message>
    <message>
        <source>The contact {name}</source>
        <translation>The contact {name}</translation>
    </message>
    <message>
        <source>The closed business of {date}</source>
        <translation>The closed business of {date}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The window cannot start: no display (DISPLAY and WAYLAND_DISPLAY are not set). The cercle subcommands work without one.</source>
        <translation>The window cannot start: no display (DISPLAY and WAYLAND_DISPLAY are not set). The cercle subcommands work without one.</translation>
    </message>
    <message>
        <source>The window cannot start: the system library {library} is missing (see the README's quick start).</source>
        <translation>The window cannot start: the system library {library} is missing (see the README's quick start).</translation>
    </message>
    <message>
        <source>The window cannot start: Qt could not be loaded ({reason}).</source>
        <translation>The window cannot start: Qt could not be loaded ({reason}).</translation>
    </message>
    <message>
        <source>{record} belongs to the chapter {chapter}: this connection may change only what belongs to {limit}.</source>
        <translation>{record} belongs to the chapter {chapter}: this connection may change only what belongs to {limit}.</translation>
    </message>
    <message>
        <source>{record} belongs to the whole club: this connection may change only what belongs to {limit}.</source>
        <translation>{record} belongs to the whole club: this connection may change only what belongs to {limit}.</translation>
    </message>
    <message>
        <source>Replacing the whole database changes every chapter's records: this connection may change only what belongs to {limit}.</source>
        <translation>Replacing the whole database changes every chapter's records: this connection may change only what belongs to {limit}.</translation>
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
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, as saved by Excel. Nothing is written before the last step.</source>
        <translation>An Excel workbook (.xlsx) or a CSV file, as saved by Excel. Nothing is written before the last step.</translation>
    </message>
    <message>
        <source>A list of members</source>
        <translation>A list of members</translation>
    </message>
    <message>
        <source>An attendance grid (members in rows, meeting dates in columns)</source>
        <translation>An attendance grid (members in rows, meeting dates in columns)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the file is open in another program</source>
        <translation>the file is open in another program</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>a file of that name is in the way</translation>
    </message>
    <message>
        <source>Cercle's data folder {path} cannot be created ({reason}): move or rename what is in its place.</source>
        <translation>Cercle's data folder {path} cannot be created ({reason}): move or rename what is in its place.</translation>
    </message>
    <message>
        <source>Cercle's data folder {path} cannot be read ({reason}).</source>
        <translation>Cercle's data folder {path} cannot be read ({reason}).</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>This form has changes that are not saved.</source>
        <translation>This form has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>e.g. Club des dirigeants de Casablanca</source>
        <translation>e.g. Club des dirigeants de Casablanca</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choose a logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The club (printed on the reports)</source>
        <translation>The club (printed on the reports)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Dialogs opened from now on use the new language; the pages already open follow at the next start.</source>
        <translation>Dialogs opened from now on use the new language; the pages already open follow at the next start.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose the club's logo</source>
        <translation>Choose the club's logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
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
    <name>HelpDialog</name>
    <message>
        <source>Search in the current page</source>
        <translation>Search in the current page</translation>
    </message>
    <message>
        <source>New member (members page), new meeting (meetings page)</source>
        <translation>New member (members page), new meeting (meetings page)</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Open the selected row</translation>
    </message>
    <message>
        <source>Save the open form; save the PDF on the Reports page</source>
        <translation>Save the open form; save the PDF on the Reports page</translation>
    </message>
    <message>
        <source>On an attendance sheet: present, late, absent, excused, substituted</source>
        <translation>On an attendance sheet: present, late, absent, excused, substituted</translation>
    </message>
    <message>
        <source>On an attendance sheet: all unmarked members are present</source>
        <translation>On an attendance sheet: all unmarked members are present</translation>
    </message>
    <message>
        <source>Quick entry of the weekly referrals (referrals page)</source>
        <translation>Quick entry of the weekly referrals (referrals page)</translation>
    </message>
    <message>
        <source>Print the report shown on the Reports page</source>
        <translation>Print the report shown on the Reports page</translation>
    </message>
    <message>
        <source>Generate the report again (Reports page)</source>
        <translation>Generate the report again (Reports page)</translation>
    </message>
    <message>
        <source>Close a form without saving</source>
        <translation>Close a form without saving</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Where your data is</translation>
    </message>
    <message>
        <source>The sidebar lists the sections: the dashboard, members, meetings and attendance, referrals and closed business, the network of who passes business to whom, the charter's compliance lights, the charter with its signatures and warnings, contacts and prospects, the reports. A new database opens on a welcome page: import the member list from Excel, type the first member, or explore the demo club.</source>
        <translation>The sidebar lists the sections: the dashboard, members, meetings and attendance, referrals and closed business, the network of who passes business to whom, the charter's compliance lights, the charter with its signatures and warnings, contacts and prospects, the reports. A new database opens on a welcome page: import the member list from Excel, type the first member, or explore the demo club.</translation>
    </message>
    <message>
        <source>Every week: record the meeting's attendance (Meetings), the referrals passed and the business closed (Referrals). The board's PDFs are on the Reports page.</source>
        <translation>Every week: record the meeting's attendance (Meetings), the referrals passed and the business closed (Referrals). The board's PDFs are on the Reports page.</translation>
    </message>
    <message>
        <source>The club's name, logo and address (printed on the reports), the language, the attendance rules and the backups are set in File → Settings.</source>
        <translation>The club's name, logo and address (printed on the reports), the language, the attendance rules and the backups are set in File → Settings.</translation>
    </message>
    <message>
        <source>To move to a new computer: make a backup, copy it to the new computer, install Cercle there and restore the backup.</source>
        <translation>To move to a new computer: make a backup, copy it to the new computer, install Cercle there and restore the backup.</translation>
    </message>
    <message>
        <source>Cercle help</source>
        <translation>Cercle help</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Active members by month</source>
        <translation>Active members by month</translation>
    </message>
    <message>
        <source>Attendance rate by month</source>
        <translation>Attendance rate by month</translation>
    </message>
    <message>
        <source>Referrals and closed business by month</source>
        <translation>Referrals and closed business by month</translation>
    </message>
    <message>
        <source>Referrals and closed business by chapter</source>
        <translation>Referrals and closed business by chapter</translation>
    </message>
    <message>
        <source>Charter lights</source>
        <translation>Charter lights</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Attendance, last 3 months</source>
        <translation>Attendance, last 3 months</translation>
    </message>
    <message>
        <source>Referrals this year</source>
        <translation>Referrals this year</translation>
    </message>
    <message>
        <source>Closed business this year</source>
        <translation>Closed business this year</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>The figures could not be read.</translation>
    </message>
    <message>
        <source>Figures on {today}; charts over the last 12 months, from {start} to {end}. Click a figure to open its page.</source>
        <translation>Figures on {today}; charts over the last 12 months, from {start} to {end}. Click a figure to open its page.</translation>
    </message>
    <message>
        <source>{joined} joined and {left} left in 12 months</source>
        <translation>{joined} joined and {left} left in 12 months</translation>
    </message>
    <message>
        <source>Open the members</source>
        <translation>Open the members</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held since {start}</source>
        <translation>
            <numerusform>%n meeting held since {start}</numerusform>
            <numerusform>%n meetings held since {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the meetings</source>
        <translation>Open the meetings</translation>
    </message>
    <message>
        <source>{internal} to members, {external} to outsiders</source>
        <translation>{internal} to members, {external} to outsiders</translation>
    </message>
    <message>
        <source>Open the referral journal</source>
        <translation>Open the referral journal</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) since 1 January</source>
        <translation>
            <numerusform>%n deal since 1 January</numerusform>
            <numerusform>%n deals since 1 January</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the charter compliance</source>
        <translation>Open the charter compliance</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown field {field} in --map; known fields: {fields}.</source>
        <translation>Unknown field {field} in --map; known fields: {fields}.</translation>
    </message>
    <message>
        <source>--whole-club is for an attendance grid: each member belongs to one chapter.</source>
        <translation>--whole-club is for an attendance grid: each member belongs to one chapter.</translation>
    </message>
    <message>
        <source>Row {row}{column}: {result} – {reason}</source>
        <translation>Row {row}{column}: {result} – {reason}</translation>
    </message>
    <message>
        <source>Chapters not in the database: {names}</source>
        <translation>Chapters not in the database: {names}</translation>
    </message>
    <message>
        <source>Sectors not in the database: {names}</source>
        <translation>Sectors not in the database: {names}</translation>
    </message>
    <message>
        <source>Meeting dates not in the database: {dates}</source>
        <translation>Meeting dates not in the database: {dates}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Imported: {created} member(s) created, {updated} updated, {rejected} row(s) rejected.</source>
        <translation>Imported: {created} member(s) created, {updated} updated, {rejected} row(s) rejected.</translation>
    </message>
    <message>
        <source>Imported: {marks} mark(s) recorded, {meetings} meeting(s) created, {rejected} row(s) rejected.</source>
        <translation>Imported: {marks} mark(s) recorded, {meetings} meeting(s) created, {rejected} row(s) rejected.</translation>
    </message>
    <message>
        <source>No header row found in the first {rows} rows: the file needs column titles such as Nom, Prénom, Société.</source>
        <translation>No header row found in the first {rows} rows: the file needs column titles such as Nom, Prénom, Société.</translation>
    </message>
    <message>
        <source>No header row found in the first {rows} rows: the grid needs a member column (N° or Nom) and meeting dates as column titles.</source>
        <translation>No header row found in the first {rows} rows: the grid needs a member column (N° or Nom) and meeting dates as column titles.</translation>
    </message>
    <message>
        <source>The file holds no data.</source>
        <translation>The file holds no data.</translation>
    </message>
    <message>
        <source>A member number is a whole number, e.g. 1042.</source>
        <translation>A member number is a whole number, e.g. 1042.</translation>
    </message>
    <message>
        <source>Unknown status “{value}”: use P (present), R (late), A (absent), E (excused), S (substituted) or leave blank.</source>
        <translation>Unknown status “{value}”: use P (present), R (late), A (absent), E (excused), S (substituted) or leave blank.</translation>
    </message>
    <message>
        <source>Unknown value “{value}”.</source>
        <translation>Unknown value “{value}”.</translation>
    </message>
    <message>
        <source>Write oui, non or the date the consent was given.</source>
        <translation>Write oui, non or the date the consent was given.</translation>
    </message>
    <message>
        <source>Characters here are not in the file's encoding (shown as “�”): correct them in the file and save it again as UTF-8.</source>
        <translation>Characters here are not in the file's encoding (shown as “�”): correct them in the file and save it again as UTF-8.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation>Duplicate in the file</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civility</translation>
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
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
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
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
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
        <source>Join date</source>
        <translation>Join date</translation>
    </message>
    <message>
        <source>Role in the club</source>
        <translation>Role in the club</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Consent to data processing</translation>
    </message>
    <message>
        <source>Consent to appear in the directory</source>
        <translation>Consent to appear in the directory</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Cannot read {path}: the file does not exist.</source>
        <translation>Cannot read {path}: the file does not exist.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a valid Excel (.xlsx) file.</source>
        <translation>{path} is not a valid Excel (.xlsx) file.</translation>
    </message>
    <message>
        <source>{path} is in the old Excel format (.xls): open it in Excel and save it as .xlsx or .csv.</source>
        <translation>{path} is in the old Excel format (.xls): open it in Excel and save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Choose a .xlsx or .csv file: {path}</source>
        <translation>Choose a .xlsx or .csv file: {path}</translation>
    </message>
    <message>
        <source>{path} is too large to import (over {limit} rows or {megabytes} MB).</source>
        <translation>{path} is too large to import (over {limit} rows or {megabytes} MB).</translation>
    </message>
    <message>
        <source>{path} is not a readable CSV file: {reason}</source>
        <translation>{path} is not a readable CSV file: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a text file: save it from Excel as .xlsx or CSV.</source>
        <translation>{path} is not a text file: save it from Excel as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>{path} mixes several text encodings: open it in Excel and save it again as “CSV UTF-8”.</source>
        <translation>{path} mixes several text encodings: open it in Excel and save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor Windows-1252: at row {row}, column {column}, a byte means nothing in either. Open it in Excel and save it again as “CSV UTF-8”.</source>
        <translation>{path} is neither UTF-8 nor Windows-1252: at row {row}, column {column}, a byte means nothing in either. Open it in Excel and save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: its part {part} expands to {megabytes} MB (at most {limit} MB).</source>
        <translation>{path} cannot be imported: its part {part} expands to {megabytes} MB (at most {limit} MB).</translation>
    </message>
    <message>
        <source>{path} cannot be imported: its part {part} expands {ratio} times its size in the file (at most {limit} times).</source>
        <translation>{path} cannot be imported: its part {part} expands {ratio} times its size in the file (at most {limit} times).</translation>
    </message>
    <message>
        <source>{path} cannot be imported: row {row} holds more cells than a spreadsheet can ({limit}).</source>
        <translation>{path} cannot be imported: row {row} holds more cells than a spreadsheet can ({limit}).</translation>
    </message>
    <message>
        <source>{path} is too large to import: over {limit} cells in its sheet.</source>
        <translation>{path} is too large to import: over {limit} cells in its sheet.</translation>
    </message>
    <message>
        <source>No column identifies the members: map a column to the member number or the name.</source>
        <translation>No column identifies the members: map a column to the member number or the name.</translation>
    </message>
    <message>
        <source>No column is a meeting date: map the columns whose title is a date.</source>
        <translation>No column is a meeting date: map the columns whose title is a date.</translation>
    </message>
    <message>
        <source>Column {column} is mapped to a meeting but its title is not a date.</source>
        <translation>Column {column} is mapped to a meeting but its title is not a date.</translation>
    </message>
    <message>
        <source>Two columns hold the meeting of {date}.</source>
        <translation>Two columns hold the meeting of {date}.</translation>
    </message>
    <message>
        <source>No member with this number or name.</source>
        <translation>No member with this number or name.</translation>
    </message>
    <message>
        <source>Several members are called {name}: use the member number.</source>
        <translation>Several members are called {name}: use the member number.</translation>
    </message>
    <message>
        <source>{name} was not expected at the meeting of {date}.</source>
        <translation>{name} was not expected at the meeting of {date}.</translation>
    </message>
    <message>
        <source>The meeting of {date} has not taken place yet.</source>
        <translation>The meeting of {date} has not taken place yet.</translation>
    </message>
    <message>
        <source>No meeting is recorded on {dates}: allow the import to create them, or plan them first.</source>
        <translation>No meeting is recorded on {dates}: allow the import to create them, or plan them first.</translation>
    </message>
    <message>
        <source>Same member as row {row}.</source>
        <translation>Same member as row {row}.</translation>
    </message>
    <message>
        <source>Member of {chapter}: recorded as a visitor on {dates}.</source>
        <translation>Member of {chapter}: recorded as a visitor on {dates}.</translation>
    </message>
    <message>
        <source>Map or create the chapters and sectors the database does not know: {names}.</source>
        <translation>Map or create the chapters and sectors the database does not know: {names}.</translation>
    </message>
    <message>
        <source>No column holds the member's name: map at least the last name, first name and company.</source>
        <translation>No column holds the member's name: map at least the last name, first name and company.</translation>
    </message>
    <message>
        <source>Same {what} as row {row}.</source>
        <translation>Same {what} as row {row}.</translation>
    </message>
    <message>
        <source>Same {what} as member {number} ({name}), already recorded.</source>
        <translation>Same {what} as member {number} ({name}), already recorded.</translation>
    </message>
    <message>
        <source>Member number {number} is {name} in the database: check the number or the name.</source>
        <translation>Member number {number} is {name} in the database: check the number or the name.</translation>
    </message>
    <message>
        <source>Changes: {fields}.</source>
        <translation>Changes: {fields}.</translation>
    </message>
    <message>
        <source>Columns {first} (“{first_title}”) and {other} (“{other_title}”) both hold the field “{field}”: column {first} is imported, {other} is left out.</source>
        <translation>Columns {first} (“{first_title}”) and {other} (“{other_title}”) both hold the field “{field}”: column {first} is imported, {other} is left out.</translation>
    </message>
    <message>
        <source>A member named {name} already exists ({company}, number {number}): check that this is someone else.</source>
        <translation>A member named {name} already exists ({company}, number {number}): check that this is someone else.</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>member number</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>name and company</source>
        <translation>name and company</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members of another chapter, recorded as visitors: {count}</source>
        <translation>Members of another chapter, recorded as visitors: {count}</translation>
    </message>
    <message>
        <source>New rows to check (a member of the same name exists): {count}</source>
        <translation>New rows to check (a member of the same name exists): {count}</translation>
    </message>
    <message>
        <source>Marks to record: {count}</source>
        <translation>Marks to record: {count}</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Unexpected error; nothing was imported.
{error}</source>
        <translation>Unexpected error; nothing was imported.
{error}</translation>
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
    <name>JournalFilters</name>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
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
</context>
<context>
    <name>LightDetails</name>
    <message>
        <source>No member selected</source>
        <translation>No member selected</translation>
    </message>
    <message>
        <source>Select a row to read why its light is what it is.</source>
        <translation>Select a row to read why its light is what it is.</translation>
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
        <source>&amp;My database</source>
        <translation>&amp;My database</translation>
    </message>
    <message>
        <source>Back to the club's own database (after the demo club or another file)</source>
        <translation>Back to the club's own database (after the demo club or another file)</translation>
    </message>
    <message>
        <source>Chapters and &amp;sectors…</source>
        <translation>Chapters and &amp;sectors…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Import from a spreadsheet…</translation>
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
        <source>Demo club (a separate file, not your data): {name}</source>
        <translation>Demo club (a separate file, not your data): {name}</translation>
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
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Title in the file</source>
        <translation>Title in the file</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Field in Cercle</source>
        <translation>Field in Cercle</translation>
    </message>
    <message>
        <source>Join date of the members whose row gives none:</source>
        <translation>Join date of the members whose row gives none:</translation>
    </message>
    <message>
        <source>{file}: titles found on row {row}. Check the field each column goes to; your choices are remembered for the next file.</source>
        <translation>{file}: titles found on row {row}. Check the field each column goes to; your choices are remembered for the next file.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Chapter of the members whose row names none:</source>
        <translation>Chapter of the members whose row names none:</translation>
    </message>
    <message>
        <source>(none: such rows are errors)</source>
        <translation>(none: such rows are errors)</translation>
    </message>
    <message>
        <source>Chapter of the meetings to create:</source>
        <translation>Chapter of the meetings to create:</translation>
    </message>
    <message>
        <source>The members' chapter</source>
        <translation>The members' chapter</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
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
        <source>Sign-in sheet (PDF)</source>
        <translation>Sign-in sheet (PDF)</translation>
    </message>
    <message>
        <source>The printable sign-in sheet of the selected meeting</source>
        <translation>The printable sign-in sheet of the selected meeting</translation>
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
    <name>MemberCharter</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed on {date}</source>
        <translation>closed on {date}</translation>
    </message>
    <message>
        <source>last step: {step} ({date})</source>
        <translation>last step: {step} ({date})</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>no decision yet</translation>
    </message>
    <message>
        <source>{date} – {point} – &lt;b&gt;{state}&lt;/b&gt; – {step}&lt;br&gt;&lt;span style='color: #555;'&gt;{facts}&lt;/span&gt;</source>
        <translation>{date} – {point} – &lt;b&gt;{state}&lt;/b&gt; – {step}&lt;br&gt;&lt;span style='color: #555;'&gt;{facts}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>MemberCharterBox</name>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation>Record signature…</translation>
    </message>
    <message>
        <source>Record warning…</source>
        <translation>Record warning…</translation>
    </message>
    <message>
        <source>Charter: no version adopted yet</source>
        <translation>Charter: no version adopted yet</translation>
    </message>
    <message>
        <source>Charter: signed version {version} on {date}</source>
        <translation>Charter: signed version {version} on {date}</translation>
    </message>
    <message>
        <source>Charter: version {version} not signed</source>
        <translation>Charter: version {version} not signed</translation>
    </message>
    <message>
        <source>(signed earlier: version {versions})</source>
        <translation>(signed earlier: version {versions})</translation>
    </message>
    <message>
        <source>No warning.</source>
        <translation>No warning.</translation>
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
        <source>e.g. {phone}</source>
        <translation>e.g. {phone}</translation>
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
        <source>Print record</source>
        <translation>Print record</translation>
    </message>
    <message>
        <source>The member's record as a PDF, on the Reports page</source>
        <translation>The member's record as a PDF, on the Reports page</translation>
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
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
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
        <source>The report shows the record as saved. Close the record without saving your changes?</source>
        <translation>The report shows the record as saved. Close the record without saving your changes?</translation>
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
    <name>MemberPrivacyTab</name>
    <message>
        <source>Consents (law 09-08)</source>
        <translation>Consents (law 09-08)</translation>
    </message>
    <message>
        <source>Change them in the Record tab, with the date the member gave them.</source>
        <translation>Change them in the Record tab, with the date the member gave them.</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <source>Export this member's data (PDF or JSON)…</source>
        <translation>Export this member's data (PDF or JSON)…</translation>
    </message>
    <message>
        <source>Everything stored about the member in one file: record, status history, attendance, referrals, business, one-to-ones, presentations, guests, charter signatures, warnings and this audit trail.</source>
        <translation>Everything stored about the member in one file: record, status history, attendance, referrals, business, one-to-ones, presentations, guests, charter signatures, warnings and this audit trail.</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Audit trail: who created or changed this record, and when</source>
        <translation>Audit trail: who created or changed this record, and when</translation>
    </message>
    <message>
        <source>Processing of their data</source>
        <translation>Processing of their data</translation>
    </message>
    <message>
        <source>Appearing in the directory</source>
        <translation>Appearing in the directory</translation>
    </message>
    <message>
        <source>{what}: not given</source>
        <translation>{what}: not given</translation>
    </message>
    <message>
        <source>{what}: given on {date}</source>
        <translation>{what}: given on {date}</translation>
    </message>
    <message>
        <source>This member was anonymised on {date}: their identity is no longer stored.</source>
        <translation>This member was anonymised on {date}: their identity is no longer stored.</translation>
    </message>
    <message>
        <source>Only a member who left the club (resigned or excluded) can be anonymised, after the retention period ({months} months).</source>
        <translation>Only a member who left the club (resigned or excluded) can be anonymised, after the retention period ({months} months).</translation>
    </message>
    <message>
        <source>Left the club on {left}; the retention period ({months} months) is over. Anonymising removes their identity for good and keeps their figures in the club's statistics.</source>
        <translation>Left the club on {left}; the retention period ({months} months) is over. Anonymising removes their identity for good and keeps their figures in the club's statistics.</translation>
    </message>
    <message>
        <source>Left the club on {left}; the data is kept for {months} months, so it can be anonymised from {from_date}.</source>
        <translation>Left the club on {left}; the data is kept for {months} months, so it can be anonymised from {from_date}.</translation>
    </message>
    <message>
        <source>Export this member's data</source>
        <translation>Export this member's data</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;JSON file (*.json)</source>
        <translation>PDF document (*.pdf);;JSON file (*.json)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Written to {path}</translation>
    </message>
    <message>
        <source>Anonymise a member</source>
        <translation>Anonymise a member</translation>
    </message>
    <message>
        <source>Anonymise {name} (member {number})? Their name, contact details and notes are removed for good; their attendance, referrals and business stay in the statistics. This cannot be undone.</source>
        <translation>Anonymise {name} (member {number})? Their name, contact details and notes are removed for good; their attendance, referrals and business stay in the statistics. This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
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
        <source>No member matches “{text}”</source>
        <translation>No member matches “{text}”</translation>
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
        <source>Charter not signed</source>
        <translation>Charter not signed</translation>
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
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
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
        <source>Closed business</source>
        <translation>Closed business</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
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
        <source>One-to-ones</source>
        <translation>One-to-ones</translation>
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
        <source>Record a one-to-one…</source>
        <translation>Record a one-to-one…</translation>
    </message>
    <message>
        <source>{count} presentations over the period</source>
        <translation>{count} presentations over the period</translation>
    </message>
    <message>
        <source>Delete the presentation of {member} on {date}?</source>
        <translation>Delete the presentation of {member} on {date}?</translation>
    </message>
    <message numerus="yes">
        <source>%n one-to-ones over the period</source>
        <translation>
            <numerusform>%n one-to-one over the period</numerusform>
            <numerusform>%n one-to-ones over the period</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the one-to-one of {a} and {b} on {date}?</source>
        <translation>Delete the one-to-one of {a} and {b} on {date}?</translation>
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
        <source>{referrals} referrals, of which {share} to non-members – {closed} closed business dated in the period, worth {amount}</source>
        <translation>{referrals} referrals, of which {share} to non-members – {closed} closed business dated in the period, worth {amount}</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Recent connections…</source>
        <translation>Recent connections…</translation>
    </message>
    <message>
        <source>A file on this computer</source>
        <translation>A file on this computer</translation>
    </message>
    <message>
        <source>The club's shared database on a server (PostgreSQL)</source>
        <translation>The club's shared database on a server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Cercle database file (.db)</source>
        <translation>Cercle database file (.db)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>name or address of the server</source>
        <translation>name or address of the server</translation>
    </message>
    <message>
        <source>asked each time, never saved</source>
        <translation>asked each time, never saved</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antenna</translation>
    </message>
    <message>
        <source>Limit to the chapter</source>
        <translation>Limit to the chapter</translation>
    </message>
    <message>
        <source>An antenna's secretary sees every member but changes only the meetings and attendance of her chapter. Leave empty for the national secretariat.</source>
        <translation>An antenna's secretary sees every member but changes only the meetings and attendance of her chapter. Leave empty for the national secretariat.</translation>
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
        <source>Choose a database file.</source>
        <translation>Choose a database file.</translation>
    </message>
    <message>
        <source>Give the server and the name of the database.</source>
        <translation>Give the server and the name of the database.</translation>
    </message>
    <message>
        <source>The database could not be opened: {error}</source>
        <translation>The database could not be opened: {error}</translation>
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
    <name>Privacy</name>
    <message>
        <source>Only a member who left the club (resigned or excluded) can be anonymised.</source>
        <translation>Only a member who left the club (resigned or excluded) can be anonymised.</translation>
    </message>
    <message>
        <source>This member left on {left}: the data is kept for {months} months, so it can be anonymised from {from_date}.</source>
        <translation>This member left on {left}: the data is kept for {months} months, so it can be anonymised from {from_date}.</translation>
    </message>
    <message>
        <source>This member was already anonymised on {date}.</source>
        <translation>This member was already anonymised on {date}.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Member {number} – {name}</source>
        <translation>Member {number} – {name}</translation>
    </message>
    <message>
        <source>Everything the club's secretariat stores about this member on {date} (right of access, Moroccan law 09-08 on the protection of personal data).</source>
        <translation>Everything the club's secretariat stores about this member on {date} (right of access, Moroccan law 09-08 on the protection of personal data).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Member record</source>
        <translation>Member record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .json: {path}</source>
        <translation>Choose a file name ending in .pdf or .json: {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Anonymised on</translation>
    </message>
    <message>
        <source>Record created on</source>
        <translation>Record created on</translation>
    </message>
    <message>
        <source>Record last changed on</source>
        <translation>Record last changed on</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
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
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>Given or received</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Closed business</translation>
    </message>
    <message>
        <source>Amount (MAD excl. tax)</source>
        <translation>Amount (MAD excl. tax)</translation>
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
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Guests invited</source>
        <translation>Guests invited</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Charter signatures</source>
        <translation>Charter signatures</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Charter version</source>
        <translation>Charter version</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Charter point</source>
        <translation>Charter point</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Contact records</source>
        <translation>Contact records</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>Consent changed</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Appears in the printed directory, with their consent</source>
        <translation>Appears in the printed directory, with their consent</translation>
    </message>
    <message>
        <source>The printed directory lists a member only with a consent to appear in it, and its date</source>
        <translation>The printed directory lists a member only with a consent to appear in it, and its date</translation>
    </message>
    <message>
        <source>Consents to the processing of their data</source>
        <translation>Consents to the processing of their data</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civility</translation>
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
        <source>Name in Arabic</source>
        <translation>Name in Arabic</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
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
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
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
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Role in the club</source>
        <translation>Role in the club</translation>
    </message>
    <message>
        <source>Consent to data processing given on</source>
        <translation>Consent to data processing given on</translation>
    </message>
    <message>
        <source>Consent to appear in the directory given on</source>
        <translation>Consent to appear in the directory given on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
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
        <source>Contact of the directory (optional)</source>
        <translation>Contact of the directory (optional)</translation>
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
        <source>Pro&amp;spect</source>
        <translation>Pro&amp;spect</translation>
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
        <source>Delete the referral of {date} from {giver} to {receiver}?</source>
        <translation>Delete the referral of {date} from {giver} to {receiver}?</translation>
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
        <source>No referral matches “{text}”</source>
        <translation>No referral matches “{text}”</translation>
    </message>
    <message>
        <source>{count} referrals, {external} to non-members ({share}) – closed on these referrals: {amount}</source>
        <translation>{count} referrals, {external} to non-members ({share}) – closed on these referrals: {amount}</translation>
    </message>
    <message>
        <source>New status, dated today:</source>
        <translation>New status, dated today:</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Choose a file name ending in .pdf: {path}</source>
        <translation>Choose a file name ending in .pdf: {path}</translation>
    </message>
    <message>
        <source>{path}: {pages} pages</source>
        <translation>{path}: {pages} pages</translation>
    </message>
    <message>
        <source>{path}: {pages} page</source>
        <translation>{path}: {pages} page</translation>
    </message>
    <message>
        <source>Unknown report: {name}. Choose one of: {names}.</source>
        <translation>Unknown report: {name}. Choose one of: {names}.</translation>
    </message>
    <message>
        <source>The end of the period ({end}) is before its start ({start}).</source>
        <translation>The end of the period ({end}) is before its start ({start}).</translation>
    </message>
    <message>
        <source>Choose the meeting for this report.</source>
        <translation>Choose the meeting for this report.</translation>
    </message>
    <message>
        <source>Choose the member (number) for this report.</source>
        <translation>Choose the member (number) for this report.</translation>
    </message>
    <message>
        <source>There is no meeting number {id}.</source>
        <translation>There is no meeting number {id}.</translation>
    </message>
    <message>
        <source>There is no member number {number}.</source>
        <translation>There is no member number {number}.</translation>
    </message>
    <message>
        <source>There is no chapter number {id}.</source>
        <translation>There is no chapter number {id}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>Member directory</source>
        <translation>Member directory</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Referrals and closed business</source>
        <translation>Referrals and closed business</translation>
    </message>
    <message>
        <source>Charter compliance</source>
        <translation>Charter compliance</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Board pack</translation>
    </message>
    <message>
        <source>Member record</source>
        <translation>Member record</translation>
    </message>
    <message>
        <source>Member badges</source>
        <translation>Member badges</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company and position</source>
        <translation>Company and position</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Sector not given</source>
        <translation>Sector not given</translation>
    </message>
    <message>
        <source>{listed} members in the directory.</source>
        <translation>{listed} members in the directory.</translation>
    </message>
    <message>
        <source>{listed} member in the directory.</source>
        <translation>{listed} member in the directory.</translation>
    </message>
    <message>
        <source>{count} active members are left out: no consent to appear in it is recorded.</source>
        <translation>{count} active members are left out: no consent to appear in it is recorded.</translation>
    </message>
    <message>
        <source>{count} active member is left out: no consent to appear in it is recorded.</source>
        <translation>{count} active member is left out: no consent to appear in it is recorded.</translation>
    </message>
    <message>
        <source>Mob. {phone}</source>
        <translation>Mob. {phone}</translation>
    </message>
    <message>
        <source>Off. {phone}</source>
        <translation>Off. {phone}</translation>
    </message>
    <message>
        <source>{count} badges. Cut along the dotted lines.</source>
        <translation>{count} badges. Cut along the dotted lines.</translation>
    </message>
    <message>
        <source>{count} badge. Cut along the dotted lines.</source>
        <translation>{count} badge. Cut along the dotted lines.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Referrals given</source>
        <translation>Referrals given</translation>
    </message>
    <message>
        <source>Share to non-members</source>
        <translation>Share to non-members</translation>
    </message>
    <message>
        <source>Closed business</source>
        <translation>Closed business</translation>
    </message>
    <message>
        <source>Closed business (MAD)</source>
        <translation>Closed business (MAD)</translation>
    </message>
    <message>
        <source>Deals closed</source>
        <translation>Deals closed</translation>
    </message>
    <message>
        <source>One-to-ones</source>
        <translation>One-to-ones</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Members in green</source>
        <translation>Members in green</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Active members and lights on {date}; every other figure over the period.</source>
        <translation>Active members and lights on {date}; every other figure over the period.</translation>
    </message>
    <message>
        <source>Version {version} adopted on {date}</source>
        <translation>Version {version} adopted on {date}</translation>
    </message>
    <message>
        <source>No charter has been adopted yet: adopt one in the charter settings.</source>
        <translation>No charter has been adopted yet: adopt one in the charter settings.</translation>
    </message>
    <message>
        <source>I, the undersigned, declare that I have read the charter of {club} (version {version}) and undertake to respect it.</source>
        <translation>I, the undersigned, declare that I have read the charter of {club} (version {version}) and undertake to respect it.</translation>
    </message>
    <message>
        <source>I, the undersigned, declare that I have read the club's charter (version {version}) and undertake to respect it.</source>
        <translation>I, the undersigned, declare that I have read the club's charter (version {version}) and undertake to respect it.</translation>
    </message>
    <message>
        <source>the club</source>
        <translation>the club</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>The member's signature, preceded by “read and approved”</source>
        <translation>The member's signature, preceded by “read and approved”</translation>
    </message>
    <message>
        <source>For the club: the President</source>
        <translation>For the club: the President</translation>
    </message>
    <message>
        <source>Personal data (law 09-08)</source>
        <translation>Personal data (law 09-08)</translation>
    </message>
    <message>
        <source>The information on this form is processed by {club} to manage its members: registry, meetings and attendance, business passed between members, and the member directory. It is kept while you are a member and, after you leave, for the retention period the club has set, then anonymised. In accordance with law 09-08 on the protection of individuals with regard to the processing of personal data, you have a right of access, rectification and opposition, which you can exercise with the club's secretariat.</source>
        <translation>The information on this form is processed by {club} to manage its members: registry, meetings and attendance, business passed between members, and the member directory. It is kept while you are a member and, after you leave, for the retention period the club has set, then anonymised. In accordance with law 09-08 on the protection of individuals with regard to the processing of personal data, you have a right of access, rectification and opposition, which you can exercise with the club's secretariat.</translation>
    </message>
    <message>
        <source>I agree to the processing of my personal data for the management of the club.</source>
        <translation>I agree to the processing of my personal data for the management of the club.</translation>
    </message>
    <message>
        <source>I agree to appear in the member directory (name, company, phones, e-mail).</source>
        <translation>I agree to appear in the member directory (name, company, phones, e-mail).</translation>
    </message>
    <message>
        <source>Active members at the end of each month</source>
        <translation>Active members at the end of each month</translation>
    </message>
    <message>
        <source>Joined: {joined} · Left: {left}</source>
        <translation>Joined: {joined} · Left: {left}</translation>
    </message>
    <message>
        <source>Attendance rate by month</source>
        <translation>Attendance rate by month</translation>
    </message>
    <message>
        <source>Referrals given by month</source>
        <translation>Referrals given by month</translation>
    </message>
    <message>
        <source>Closed business by month (MAD)</source>
        <translation>Closed business by month (MAD)</translation>
    </message>
    <message>
        <source>Referrals by chapter</source>
        <translation>Referrals by chapter</translation>
    </message>
    <message>
        <source>Closed business by chapter (MAD)</source>
        <translation>Closed business by chapter (MAD)</translation>
    </message>
    <message>
        <source>Compliance lights on {date}</source>
        <translation>Compliance lights on {date}</translation>
    </message>
    <message>
        <source>Turnout by meeting</source>
        <translation>Turnout by meeting</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>No data for this period.</translation>
    </message>
    <message>
        <source>On {date} — {scope}</source>
        <translation>On {date} — {scope}</translation>
    </message>
    <message>
        <source>Total out of 100 over the {months} months to {date}: green from {green}, orange from {orange}, red from {red}, grey below; members who joined less than {new} months ago are new and not scored. Each criterion shows the value, then the points over the maximum.</source>
        <translation>Total out of 100 over the {months} months to {date}: green from {green}, orange from {orange}, red from {red}, grey below; members who joined less than {new} months ago are new and not scored. Each criterion shows the value, then the points over the maximum.</translation>
    </message>
    <message>
        <source>Needing the board's attention ({count})</source>
        <translation>Needing the board's attention ({count})</translation>
    </message>
    <message>
        <source>Open warnings ({count})</source>
        <translation>Open warnings ({count})</translation>
    </message>
    <message>
        <source>No member needs the board's attention on this date.</source>
        <translation>No member needs the board's attention on this date.</translation>
    </message>
    <message>
        <source>No warning is open on this date.</source>
        <translation>No warning is open on this date.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Charter point</source>
        <translation>Charter point</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation>Last decision</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>No decision yet</translation>
    </message>
    <message>
        <source>{step} on {date}</source>
        <translation>{step} on {date}</translation>
    </message>
    <message>
        <source>Members expected ({count})</source>
        <translation>Members expected ({count})</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invited by</translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation>{kind} of {date}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <source>(guest chapter: {chapter})</source>
        <translation>(guest chapter: {chapter})</translation>
    </message>
    <message>
        <source>Please sign next to your name on arrival. Guests: write your details on a free line.</source>
        <translation>Please sign next to your name on arrival. Guests: write your details on a free line.</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Meeting cancelled</translation>
    </message>
    <message>
        <source>No. {number} — {period}</source>
        <translation>No. {number} — {period}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Charter and warnings</source>
        <translation>Charter and warnings</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Month by month</translation>
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
        <source>Role in the club</source>
        <translation>Role in the club</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
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
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>In the directory</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} since {date}</translation>
    </message>
    <message>
        <source>Meetings expected</source>
        <translation>Meetings expected</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Unexcused absences</source>
        <translation>Unexcused absences</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Excuse or substitute</source>
        <translation>Excuse or substitute</translation>
    </message>
    <message>
        <source>Given to members</source>
        <translation>Given to members</translation>
    </message>
    <message>
        <source>Given outside</source>
        <translation>Given outside</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Closed (amount)</source>
        <translation>Closed (amount)</translation>
    </message>
    <message>
        <source>Generated for others</source>
        <translation>Generated for others</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>{count} deals</source>
        <translation>{count} deals</translation>
    </message>
    <message>
        <source>{count} deal</source>
        <translation>{count} deal</translation>
    </message>
    <message>
        <source>On {date}: {light}, total {total} / 100</source>
        <translation>On {date}: {light}, total {total} / 100</translation>
    </message>
    <message>
        <source>On {date}: not scored (not an active member).</source>
        <translation>On {date}: not scored (not an active member).</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Charter version {version} signed on {date}.</source>
        <translation>Charter version {version} signed on {date}.</translation>
    </message>
    <message>
        <source>The current charter (version {version}) is not signed yet.</source>
        <translation>The current charter (version {version}) is not signed yet.</translation>
    </message>
    <message>
        <source>No warning.</source>
        <translation>No warning.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Closed on {date}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Personal data of a member</source>
        <translation>Personal data of a member</translation>
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
        <source>Substit.</source>
        <translation>Substit.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Unexcused</source>
        <translation>Unexcused</translation>
    </message>
    <message>
        <source>Unexcused, {months} months</source>
        <translation>Unexcused, {months} months</translation>
    </message>
    <message>
        <source>Unexcused, {months} month</source>
        <translation>Unexcused, {months} month</translation>
    </message>
    <message>
        <source>Total ({count} members)</source>
        <translation>Total ({count} members)</translation>
    </message>
    <message>
        <source>Total ({count} member)</source>
        <translation>Total ({count} member)</translation>
    </message>
    <message>
        <source>Members expected</source>
        <translation>Members expected</translation>
    </message>
    <message>
        <source>Over the absence limit</source>
        <translation>Over the absence limit</translation>
    </message>
    <message>
        <source>Rate: meetings attended out of the meetings expected, excused absences left out. Highlighted: more than {cap} unexcused absences in the {months} months to {date}, the charter's limit.</source>
        <translation>Rate: meetings attended out of the meetings expected, excused absences left out. Highlighted: more than {cap} unexcused absences in the {months} months to {date}, the charter's limit.</translation>
    </message>
    <message>
        <source>Unexcused: absences without an excuse, every {lates} late arrivals counting as one.</source>
        <translation>Unexcused: absences without an excuse, every {lates} late arrivals counting as one.</translation>
    </message>
    <message>
        <source>Whole-club meetings</source>
        <translation>Whole-club meetings</translation>
    </message>
    <message>
        <source>Turnout of the meetings of {chapter}</source>
        <translation>Turnout of the meetings of {chapter}</translation>
    </message>
    <message>
        <source>Turnout by meeting: {kind}</source>
        <translation>Turnout by meeting: {kind}</translation>
    </message>
    <message>
        <source>In grey: {count} meeting whose sheet is incomplete (members not marked): {dates}.</source>
        <translation>In grey: {count} meeting whose sheet is incomplete (members not marked): {dates}.</translation>
    </message>
    <message>
        <source>In grey: {count} meetings whose sheet is incomplete (members not marked): {dates}.</source>
        <translation>In grey: {count} meetings whose sheet is incomplete (members not marked): {dates}.</translation>
    </message>
    <message>
        <source>To members</source>
        <translation>To members</translation>
    </message>
    <message>
        <source>To non-members</source>
        <translation>To non-members</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
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
        <source>Per member</source>
        <translation>Per member</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>A referral counts for the chapter of the member who gave it; closed business for the chapter of the member who closed it. “Generated for others”: business closed by other members thanks to this member's referrals. Members active during the period, or with business in it, are listed.</source>
        <translation>A referral counts for the chapter of the member who gave it; closed business for the chapter of the member who closed it. “Generated for others”: business closed by other members thanks to this member's referrals. Members active during the period, or with business in it, are listed.</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Printed on {date}</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Page {page} / {pages}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (continued)</translation>
    </message>
    <message>
        <source>Nothing to show for these choices.</source>
        <translation>Nothing to show for these choices.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Members by chapter and sector with their contact details; members who asked not to appear in the directory are left out.</source>
        <translation>Members by chapter and sector with their contact details; members who asked not to appear in the directory are left out.</translation>
    </message>
    <message>
        <source>The expected members of one meeting with a box to sign, and lines for guests.</source>
        <translation>The expected members of one meeting with a box to sign, and lines for guests.</translation>
    </message>
    <message>
        <source>Each member's attendance over the period, by chapter, with the members over the absence limit.</source>
        <translation>Each member's attendance over the period, by chapter, with the members over the absence limit.</translation>
    </message>
    <message>
        <source>Referrals and closed business over the period: totals, by chapter, by month and by member.</source>
        <translation>Referrals and closed business over the period: totals, by chapter, by month and by member.</translation>
    </message>
    <message>
        <source>Each member's charter light and criteria on a date, and the members who need the board's attention.</source>
        <translation>Each member's charter light and criteria on a date, and the members who need the board's attention.</translation>
    </message>
    <message>
        <source>The board pack: the key figures and charts of the period.</source>
        <translation>The board pack: the key figures and charts of the period.</translation>
    </message>
    <message>
        <source>One member's details, attendance, business and compliance history.</source>
        <translation>One member's details, attendance, business and compliance history.</translation>
    </message>
    <message>
        <source>Name badges with a QR code of the member number, 8 per A4 page.</source>
        <translation>Name badges with a QR code of the member number, 8 per A4 page.</translation>
    </message>
    <message>
        <source>The current charter with a signature block for a new member.</source>
        <translation>The current charter with a signature block for a new member.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Generate the report with these parameters (F5)</source>
        <translation>Generate the report with these parameters (F5)</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <source>Page {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the report shown (Ctrl+P)</source>
        <translation>Print the report shown (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save the report shown as a PDF file (Ctrl+S)</source>
        <translation>Save the report shown as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Show whole pages instead of fitting the width</source>
        <translation>Show whole pages instead of fitting the width</translation>
    </message>
    <message>
        <source>Choose a report and its parameters, then click Generate.</source>
        <translation>Choose a report and its parameters, then click Generate.</translation>
    </message>
    <message>
        <source>Whole club</source>
        <translation>Whole club</translation>
    </message>
    <message>
        <source>The preview shows “{shown}”: click Generate for this report.</source>
        <translation>The preview shows “{shown}”: click Generate for this report.</translation>
    </message>
    <message>
        <source>The parameters changed: click Generate to update the report.</source>
        <translation>The parameters changed: click Generate to update the report.</translation>
    </message>
    <message>
        <source>Generating “{title}”…</source>
        <translation>Generating “{title}”…</translation>
    </message>
    <message>
        <source>The report was written but cannot be shown.</source>
        <translation>The report was written but cannot be shown.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {reason}</source>
        <translation>The report could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The database &lt;b&gt;{database}&lt;/b&gt; will be replaced by the backup you choose. The backup is checked first, and the current database is itself backed up before it is replaced.</source>
        <translation>The database &lt;b&gt;{database}&lt;/b&gt; will be replaced by the backup you choose. The backup is checked first, and the current database is itself backed up before it is replaced.</translation>
    </message>
    <message>
        <source>No backup in {folder} yet.</source>
        <translation>No backup in {folder} yet.</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Another file…</translation>
    </message>
    <message>
        <source>Backups in {folder}:</source>
        <translation>Backups in {folder}:</translation>
    </message>
    <message>
        <source>Cercle databases (*.db *.sqlite);;All files (*)</source>
        <translation>Cercle databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the database by the backup {file}? Whatever was entered since that backup will be replaced (the current database is backed up first).</source>
        <translation>Replace the database by the backup {file}? Whatever was entered since that backup will be replaced (the current database is backed up first).</translation>
    </message>
    <message>
        <source>The database was restored from {file}. The database it replaced was saved as {previous}.</source>
        <translation>The database was restored from {file}. The database it replaced was saved as {previous}.</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>This chapter</source>
        <translation>This chapter</translation>
    </message>
    <message>
        <source>This sector</source>
        <translation>This sector</translation>
    </message>
    <message>
        <source>This setting of the club</source>
        <translation>This setting of the club</translation>
    </message>
    <message>
        <source>The charter</source>
        <translation>The charter</translation>
    </message>
    <message>
        <source>This warning</source>
        <translation>This warning</translation>
    </message>
    <message>
        <source>This member</source>
        <translation>This member</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>This meeting</translation>
    </message>
    <message>
        <source>This presentation</source>
        <translation>This presentation</translation>
    </message>
    <message>
        <source>This referral</source>
        <translation>This referral</translation>
    </message>
    <message>
        <source>This closed business</source>
        <translation>This closed business</translation>
    </message>
    <message>
        <source>This one-to-one</source>
        <translation>This one-to-one</translation>
    </message>
    <message>
        <source>This contact</source>
        <translation>This contact</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>This record</translation>
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
    <name>SignatureDialog</name>
    <message>
        <source>Record a signature of the charter</source>
        <translation>Record a signature of the charter</translation>
    </message>
    <message>
        <source>Version {version}, adopted on {date}</source>
        <translation>Version {version}, adopted on {date}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Charter version</source>
        <translation>Charter version</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Choose the member.</translation>
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
    <name>Storage</name>
    <message>
        <source>The database {path} is in a folder synchronised by {service}. A synchronisation running while Cercle writes can damage it. Move the database to a folder of this computer only (keep the backups in the synchronised folder if you like).</source>
        <translation>The database {path} is in a folder synchronised by {service}. A synchronisation running while Cercle writes can damage it. Move the database to a folder of this computer only (keep the backups in the synchronised folder if you like).</translation>
    </message>
    <message>
        <source>The database {path} is on a network share. Network folders do not lock the file reliably and can damage it. Move the database to a folder of this computer.</source>
        <translation>The database {path} is on a network share. Network folders do not lock the file reliably and can damage it. Move the database to a folder of this computer.</translation>
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
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>UnknownPage</name>
    <message>
        <source>Unknown chapters, sectors or meetings</source>
        <translation>Unknown chapters, sectors or meetings</translation>
    </message>
    <message>
        <source>The file names some the database does not know: choose an existing one or let the import create it.</source>
        <translation>The file names some the database does not know: choose an existing one or let the import create it.</translation>
    </message>
    <message>
        <source>Chapter “{name}”</source>
        <translation>Chapter “{name}”</translation>
    </message>
    <message>
        <source>Sector “{name}”</source>
        <translation>Sector “{name}”</translation>
    </message>
    <message>
        <source>Create “{name}”</source>
        <translation>Create “{name}”</translation>
    </message>
    <message>
        <source>No meeting is recorded on {dates}. The marks of these dates need one; otherwise go back and set those columns to “(ignore)”.</source>
        <translation>No meeting is recorded on {dates}. The marks of these dates need one; otherwise go back and set those columns to “(ignore)”.</translation>
    </message>
    <message>
        <source>Create these meetings (held, weekly)</source>
        <translation>Create these meetings (held, weekly)</translation>
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
        <source>Enter a time such as 7:30, 0730 or 19h.</source>
        <translation>Enter a time such as 7:30, 0730 or 19h.</translation>
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
        <source>No consent to the processing of their data (law 09-08): ask for it.</source>
        <translation>No consent to the processing of their data (law 09-08): ask for it.</translation>
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
    <message>
        <source>Keep between {low} and {high} backups.</source>
        <translation>Keep between {low} and {high} backups.</translation>
    </message>
    <message>
        <source>Give the full path of the backup folder (for example C:\Users\…\Sauvegardes).</source>
        <translation>Give the full path of the backup folder (for example C:\Users\…\Sauvegardes).</translation>
    </message>
    <message>
        <source>This folder path is too long or contains characters a folder name cannot have.</source>
        <translation>This folder path is too long or contains characters a folder name cannot have.</translation>
    </message>
    <message>
        <source>Give the version a name, e.g. 2.</source>
        <translation>Give the version a name, e.g. 2.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>Enter the text of the charter.</source>
        <translation>Enter the text of the charter.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Choose the member.</translation>
    </message>
    <message>
        <source>Choose the charter point, from 1 to 5.</source>
        <translation>Choose the charter point, from 1 to 5.</translation>
    </message>
    <message>
        <source>Only point 3 has a brand part.</source>
        <translation>Only point 3 has a brand part.</translation>
    </message>
    <message>
        <source>Describe the facts.</source>
        <translation>Describe the facts.</translation>
    </message>
    <message>
        <source>Choose the step the board decided.</source>
        <translation>Choose the step the board decided.</translation>
    </message>
    <message>
        <source>Say who decided, e.g. Bureau du 12/11/2026 — K. Alaoui.</source>
        <translation>Say who decided, e.g. Bureau du 12/11/2026 — K. Alaoui.</translation>
    </message>
    <message>
        <source>A decision cannot be dated before the warning ({date}).</source>
        <translation>A decision cannot be dated before the warning ({date}).</translation>
    </message>
    <message>
        <source>A warning cannot be closed before its own date ({date}).</source>
        <translation>A warning cannot be closed before its own date ({date}).</translation>
    </message>
    <message>
        <source>This version was adopted on {date}; it cannot be signed before.</source>
        <translation>This version was adopted on {date}; it cannot be signed before.</translation>
    </message>
    <message>
        <source>Enter a window between 1 and 24 months.</source>
        <translation>Enter a window between 1 and 24 months.</translation>
    </message>
    <message>
        <source>Enter a number of months for new members between 0 and the window ({window}).</source>
        <translation>Enter a number of months for new members between 0 and the window ({window}).</translation>
    </message>
    <message>
        <source>Enter a number of absences between 0 and 100.</source>
        <translation>Enter a number of absences between 0 and 100.</translation>
    </message>
    <message>
        <source>The light thresholds must rise from red to orange to green, between 1 and 100.</source>
        <translation>The light thresholds must rise from red to orange to green, between 1 and 100.</translation>
    </message>
    <message>
        <source>{criterion}: each step must ask more than the next one and give more points.</source>
        <translation>{criterion}: each step must ask more than the next one and give more points.</translation>
    </message>
    <message>
        <source>{criterion}: thresholds must be between 0 and 1,000,000,000 and points between 0 and 100.</source>
        <translation>{criterion}: thresholds must be between 0 and 1,000,000,000 and points between 0 and 100.</translation>
    </message>
    <message>
        <source>The best points of all criteria must add up to 100 (they add up to {total}).</source>
        <translation>The best points of all criteria must add up to 100 (they add up to {total}).</translation>
    </message>
    <message>
        <source>The retention period is between {low} and {high} months.</source>
        <translation>The retention period is between {low} and {high} months.</translation>
    </message>
    <message>
        <source>A version named {version} already exists.</source>
        <translation>A version named {version} already exists.</translation>
    </message>
    <message>
        <source>{name} already signed version {version} on {date}.</source>
        <translation>{name} already signed version {version} on {date}.</translation>
    </message>
    <message>
        <source>Only an exclusion decision changes the member's status to excluded.</source>
        <translation>Only an exclusion decision changes the member's status to excluded.</translation>
    </message>
    <message>
        <source>The warning cannot be dated after its first decision ({date}).</source>
        <translation>The warning cannot be dated after its first decision ({date}).</translation>
    </message>
    <message>
        <source>The warning cannot be dated after it was closed ({date}).</source>
        <translation>The warning cannot be dated after it was closed ({date}).</translation>
    </message>
    <message>
        <source>Unknown criterion: {key}.</source>
        <translation>Unknown criterion: {key}.</translation>
    </message>
    <message>
        <source>Enter a history between 1 and 60 months.</source>
        <translation>Enter a history between 1 and 60 months.</translation>
    </message>
    <message>
        <source>Choose an evaluation date between 1990 and 2100.</source>
        <translation>Choose an evaluation date between 1990 and 2100.</translation>
    </message>
    <message>
        <source>{date} is still to come: compliance is evaluated on a date already past, today at the latest.</source>
        <translation>{date} is still to come: compliance is evaluated on a date already past, today at the latest.</translation>
    </message>
    <message>
        <source>No member matches “{text}”: type a name, company or number and pick one in the list.</source>
        <translation>No member matches “{text}”: type a name, company or number and pick one in the list.</translation>
    </message>
    <message>
        <source>The club's name is too long ({max} characters at most).</source>
        <translation>The club's name is too long ({max} characters at most).</translation>
    </message>
    <message>
        <source>The address is too long ({max} characters at most).</source>
        <translation>The address is too long ({max} characters at most).</translation>
    </message>
    <message>
        <source>{path} is not a PNG or JPEG image Cercle can read.</source>
        <translation>{path} is not a PNG or JPEG image Cercle can read.</translation>
    </message>
    <message>
        <source>{path} is too large for a logo (20 MB at most).</source>
        <translation>{path} is too large for a logo (20 MB at most).</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Record a warning</source>
        <translation>Record a warning</translation>
    </message>
    <message>
        <source>Correct the warning</source>
        <translation>Correct the warning</translation>
    </message>
    <message>
        <source>What happened, when, who saw it</source>
        <translation>What happened, when, who saw it</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Charter point</source>
        <translation>Charter point</translation>
    </message>
    <message>
        <source>Date of the facts</source>
        <translation>Date of the facts</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&lt;b&gt;{member}&lt;/b&gt; ({chapter}) – {point}, {date}&lt;br&gt;{facts}</source>
        <translation>&lt;b&gt;{member}&lt;/b&gt; ({chapter}) – {point}, {date}&lt;br&gt;{facts}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Cercle</source>
        <translation>Welcome to Cercle</translation>
    </message>
    <message>
        <source>This database is still empty. Start with your member list: the meetings, attendance, referrals and reports build on it.</source>
        <translation>This database is still empty. Start with your member list: the meetings, attendance, referrals and reports build on it.</translation>
    </message>
    <message>
        <source>&amp;Import members from Excel</source>
        <translation>&amp;Import members from Excel</translation>
    </message>
    <message>
        <source>Read your current list (.xlsx or .csv). You check every row before anything is saved.</source>
        <translation>Read your current list (.xlsx or .csv). You check every row before anything is saved.</translation>
    </message>
    <message>
        <source>&amp;Add the first member</source>
        <translation>&amp;Add the first member</translation>
    </message>
    <message>
        <source>Type a member's record; you can import the others later.</source>
        <translation>Type a member's record; you can import the others later.</translation>
    </message>
    <message>
        <source>&amp;Explore the demo club</source>
        <translation>&amp;Explore the demo club</translation>
    </message>
    <message>
        <source>A fictional club of 200 members with a year of meetings, in a separate file. Your own database stays empty and untouched; come back to it with File → My database.</source>
        <translation>A fictional club of 200 members with a year of meetings, in a separate file. Your own database stays empty and untouched; come back to it with File → My database.</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
</context>
</TS>