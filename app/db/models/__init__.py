"""All mapped classes, imported here so that ``Base.metadata`` knows every table."""

from app.db.models.audit import MemberAudit
from app.db.models.business import ClosedBusiness, OneToOne, Presentation, Referral, ReferralStep
from app.db.models.charter import CharterSignature, CharterVersion, Warning, WarningDecision
from app.db.models.contacts import Contact
from app.db.models.meetings import Attendance, AttendanceAudit, ExtraExpected, GuestVisit, Meeting
from app.db.models.members import Chapter, Member, MemberStatusChange, Sector
from app.db.models.settings import Setting

__all__ = [
    "Attendance",
    "AttendanceAudit",
    "Chapter",
    "CharterSignature",
    "CharterVersion",
    "ClosedBusiness",
    "Contact",
    "ExtraExpected",
    "GuestVisit",
    "Meeting",
    "Member",
    "MemberAudit",
    "MemberStatusChange",
    "OneToOne",
    "Presentation",
    "Referral",
    "ReferralStep",
    "Sector",
    "Setting",
    "Warning",
    "WarningDecision",
]
