"""Compliance of a small club built by hand, each figure worked out on paper below.

Evaluated on 22/11/2026: the window runs from 23/05/2026 to 22/11/2026 (184 days); the
previous evaluation is on 22/10/2026, over 23/04/2026 - 22/10/2026 (183 days).

Casablanca held 8 weekly meetings: 04/06, 18/06, 02/07, 16/07, 03/09, 17/09, 01/10, 05/11; the
one of 15/10 was cancelled (counts for nobody). Every member expected is present unless said.

- Amina (1001): 24 referrals to members (4/month: 20), 100,000 MAD closed thanks to her (15),
  12 one-to-ones with Bilal (2/month: 15), 2 external referrals (10), 1 presentation (10),
  2 guests (10), no absence (20) = 100, green.
- Bilal (1002): absent at the first 4 meetings (0), 12 one-to-ones (15), 1 presentation (10)
  = 25, grey; grey a month earlier too; more than 3 absences (a cap at red changes nothing).
- Chadia (1003): late 3 times (1 absence with 2 lates per absence) and substituted once
  (present): 1 absence (15); 13 referrals (2.17/month: 10); 50,000 MAD (10); 3 one-to-ones
  (0.5/month: 5); 1 external referral (5); no presentation (0); one guest invited twice counts
  once (5) = 50, orange. An open warning on point 3 (not the brand): no cap, but attention.
- Driss (1004): joined 23/08/2026, exactly 3 months: not new; 92 active days = 3.0 months.
  4 meetings, present (20); 9 referrals (3/month: 15); 10,000 MAD (5); 3 one-to-ones
  (1/month: 10); 1 presentation (10) = 60, orange. A month earlier: new.
- Elias (1005): suspended 01/07 - 01/09: two calendar months off, 4 active months. Not expected at the
  July meetings (the absence recorded on 02/07 does not count): 0 absences (20); 12 referrals
  on active days (3/month: 15; 3 more dated in the suspension do not count); the guest he
  brought on 02/07 does not count (0); 1 presentation (10) = 45, red; red a month earlier too.
- Fatima (1006): 0 absences (20), 24 referrals (20), 100,000 MAD (15), 12 one-to-ones with Ilyas
  (15), 1 presentation (10) = 80, green, capped at orange by an open warning on the brand part
  of point 3 (her warning on point 5 is closed).
- Ghita (1007): joined 01/10/2026: new, no total.
- Hamza (1008): resigned 10/10/2026: not evaluated.
- Ilyas (1009), Rabat (no meeting held there): 0 absences (20), 12 one-to-ones (15) = 35, red
  twice in a row.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.db.models import (
    Attendance,
    Chapter,
    ClosedBusiness,
    Contact,
    GuestVisit,
    Meeting,
    Member,
    MemberStatusChange,
    OneToOne,
    Presentation,
    Referral,
)
from app.db.models import Warning as WarningRecord
from app.domain.attendance import AttendanceStatus
from app.domain.business import PresentationKind, Scope
from app.domain.compliance import (
    ATTENTION_ABSENCES,
    ATTENTION_TWICE,
    ATTENTION_WARNING,
    CRITERIA,
    OVERRIDE_WARNING,
    ComplianceRules,
    Light,
)
from app.domain.enums import MemberStatus
from app.domain.errors import ValidationError
from app.domain.windows import window
from app.services import compliance
from app.services.compliance import RecordKind

AT = date(2026, 11, 22)
MEETING_DATES = [date(2026, 6, 4), date(2026, 6, 18), date(2026, 7, 2), date(2026, 7, 16),
                 date(2026, 9, 3), date(2026, 9, 17), date(2026, 10, 1), date(2026, 11, 5)]


def _days(start: date, count: int, step: int) -> list[date]:
    return [start + timedelta(days=step * i) for i in range(count)]


@pytest.fixture
def club(db):
    """The club of the module docstring; returns member ids by first name."""
    with db.unit_of_work() as uow:
        s = uow.session
        casa = s.query(Chapter).filter_by(name="Casablanca").one()
        rabat = Chapter(name="Rabat", sort_order=1, retired=False)
        s.add(rabat)
        s.flush()
        people = {}
        for number, first, chapter, joined in (
            (1001, "Amina", casa, date(2020, 1, 1)), (1002, "Bilal", casa, date(2020, 1, 1)),
            (1003, "Chadia", casa, date(2020, 1, 1)), (1004, "Driss", casa, date(2026, 8, 23)),
            (1005, "Elias", casa, date(2020, 1, 1)), (1006, "Fatima", casa, date(2020, 1, 1)),
            (1007, "Ghita", casa, date(2026, 10, 1)), (1008, "Hamza", casa, date(2020, 1, 1)),
            (1009, "Ilyas", rabat, date(2020, 1, 1)),
        ):
            member = Member(number=number, first_name=first, last_name="Test", company=f"{first} SARL",
                            chapter_id=chapter.id, join_date=joined)
            s.add(member)
            s.flush()
            people[first] = member.id
        p = people
        s.add_all([
            MemberStatusChange(member_id=p["Elias"], status=MemberStatus.SUSPENDED, effective_date=date(2026, 7, 1)),
            MemberStatusChange(member_id=p["Elias"], status=MemberStatus.ACTIVE, effective_date=date(2026, 9, 1)),
            MemberStatusChange(member_id=p["Hamza"], status=MemberStatus.RESIGNED, effective_date=date(2026, 10, 10)),
        ])
        s.get(Member, p["Hamza"]).status = MemberStatus.RESIGNED
        meetings = {}
        for day in MEETING_DATES:
            meeting = Meeting(date=day, kind="weekly", chapter_id=casa.id, state="held")
            s.add(meeting)
            s.flush()
            meetings[day] = meeting.id
        s.add(Meeting(date=date(2026, 10, 15), kind="weekly", chapter_id=casa.id, state="cancelled"))
        special = {
            (p["Bilal"], MEETING_DATES[0]): "absent", (p["Bilal"], MEETING_DATES[1]): "absent",
            (p["Bilal"], MEETING_DATES[2]): "absent", (p["Bilal"], MEETING_DATES[3]): "absent",
            (p["Chadia"], MEETING_DATES[0]): "late", (p["Chadia"], MEETING_DATES[1]): "late",
            (p["Chadia"], MEETING_DATES[2]): "late", (p["Chadia"], MEETING_DATES[3]): "substituted",
            (p["Elias"], MEETING_DATES[2]): "absent",  # recorded during his suspension: not expected
        }
        for day, meeting_id in meetings.items():
            for first in ("Amina", "Bilal", "Chadia", "Driss", "Elias", "Fatima", "Ghita", "Hamza"):
                status = special.get((p[first], day), "present")
                s.add(Attendance(meeting_id=meeting_id, member_id=p[first], status=status,
                                 substitute_name="Karim Alaoui" if status == "substituted" else None))

        def referrals(giver: str, dates: list[date], receiver: str = "Amina") -> None:
            s.add_all(Referral(date=d, giver_id=p[giver], receiver_member_id=p[receiver], need="Besoin")
                      for d in dates)

        referrals("Amina", _days(date(2026, 6, 1), 24, 5), receiver="Bilal")
        referrals("Fatima", _days(date(2026, 6, 1), 24, 5))
        referrals("Chadia", _days(date(2026, 6, 1), 13, 7))
        referrals("Driss", _days(date(2026, 9, 1), 9, 7))
        referrals("Elias", _days(date(2026, 6, 1), 6, 1) + _days(date(2026, 9, 5), 6, 1)
                  + _days(date(2026, 7, 10), 3, 1))  # the last 3: suspended
        referrals("Ghita", [date(2026, 10, 20)])
        partner = Contact(kind="prospect", first_name="Nadia", last_name="Externe", company="Atlas")
        guest_1 = Contact(kind="visitor", first_name="Omar", last_name="Invité")
        guest_2 = Contact(kind="visitor", first_name="Rita", last_name="Invitée")
        guest_3 = Contact(kind="visitor", first_name="Samir", last_name="Revient")
        guest_4 = Contact(kind="visitor", first_name="Tarik", last_name="Suspendu")
        s.add_all([partner, guest_1, guest_2, guest_3, guest_4])
        s.flush()
        s.add_all(Referral(date=d, giver_id=p["Amina"], receiver_contact_id=partner.id)
                  for d in (date(2026, 7, 1), date(2026, 8, 1)))
        s.add(Referral(date=date(2026, 7, 15), giver_id=p["Chadia"], receiver_contact_id=partner.id))
        s.add_all([
            ClosedBusiness(date=date(2026, 7, 20), giver_id=p["Amina"], receiver_id=p["Bilal"],
                           amount=Decimal("100000.00")),
            ClosedBusiness(date=date(2026, 7, 20), giver_id=p["Fatima"], receiver_id=p["Amina"],
                           amount=Decimal("60000.00")),
            ClosedBusiness(date=date(2026, 8, 20), giver_id=p["Fatima"], receiver_id=p["Amina"],
                           amount=Decimal("40000.00")),
            ClosedBusiness(date=date(2026, 7, 20), giver_id=p["Chadia"], receiver_id=p["Amina"],
                           amount=Decimal("50000.00")),
            ClosedBusiness(date=date(2026, 10, 5), giver_id=p["Driss"], receiver_id=p["Chadia"],
                           amount=Decimal("10000.00")),
            # Before the window: does not count.
            ClosedBusiness(date=date(2026, 4, 1), giver_id=p["Bilal"], receiver_id=p["Amina"],
                           amount=Decimal("500000.00")),
        ])
        s.add_all(OneToOne(date=d, member_a_id=p["Amina"], member_b_id=p["Bilal"])
                  for d in _days(date(2026, 6, 2), 12, 10))
        s.add_all(OneToOne(date=d, member_a_id=p["Ilyas"], member_b_id=p["Fatima"])
                  for d in _days(date(2026, 6, 3), 12, 10))
        s.add_all(OneToOne(date=d, member_a_id=p["Chadia"], member_b_id=p["Driss"])
                  for d in (date(2026, 9, 2), date(2026, 9, 20), date(2026, 10, 20)))
        s.add_all(Presentation(date=d, member_id=p[first]) for first, d in (
            ("Amina", date(2026, 7, 9)), ("Bilal", date(2026, 7, 9)), ("Driss", date(2026, 9, 24)),
            ("Elias", date(2026, 9, 10)), ("Fatima", date(2026, 7, 23))))
        s.add_all([
            GuestVisit(meeting_id=meetings[MEETING_DATES[0]], contact_id=guest_1.id, invited_by_id=p["Amina"]),
            GuestVisit(meeting_id=meetings[MEETING_DATES[4]], contact_id=guest_2.id, invited_by_id=p["Amina"]),
            GuestVisit(meeting_id=meetings[MEETING_DATES[1]], contact_id=guest_3.id, invited_by_id=p["Chadia"]),
            GuestVisit(meeting_id=meetings[MEETING_DATES[5]], contact_id=guest_3.id, invited_by_id=p["Chadia"]),
            GuestVisit(meeting_id=meetings[MEETING_DATES[2]], contact_id=guest_4.id, invited_by_id=p["Elias"]),
        ])
        s.add_all([
            WarningRecord(member_id=p["Chadia"], charter_point=3, aspect=None, facts="Retards",
                          date=date(2026, 9, 15)),
            WarningRecord(member_id=p["Fatima"], charter_point=3, aspect="brand", facts="Logo modifié",
                          date=date(2026, 10, 1)),
            WarningRecord(member_id=p["Fatima"], charter_point=5, aspect=None, facts="Propos",
                          date=date(2026, 6, 1), closed_on=date(2026, 9, 1)),
        ])
        uow.commit()
    return db, people


def _by_name(rows):
    return {row.name.split()[0]: row for row in rows}


def test_each_member_scores_as_worked_out_on_paper(club) -> None:
    db, _people = club
    rows = _by_name(compliance.evaluate_club(db.unit_of_work(), AT))
    assert set(rows) == {"Amina", "Bilal", "Chadia", "Driss", "Elias", "Fatima", "Ghita", "Ilyas"}

    def points(name: str) -> list[int]:
        return [result.points for result in rows[name].criteria]

    assert [r.key for r in rows["Amina"].criteria] == list(CRITERIA)
    assert points("Amina") == [20, 20, 15, 15, 10, 10, 10]
    assert (rows["Amina"].total, rows["Amina"].light) == (100, Light.GREEN)
    assert points("Bilal") == [0, 0, 0, 15, 0, 10, 0]
    assert (rows["Bilal"].total, rows["Bilal"].light, rows["Bilal"].overrides) == (25, Light.GREY, ())
    assert points("Chadia") == [15, 10, 10, 5, 5, 0, 5]
    assert (rows["Chadia"].total, rows["Chadia"].light) == (50, Light.ORANGE)
    assert rows["Chadia"].criterion("absences").value == 1
    assert rows["Chadia"].criterion("guests").value == 1
    assert points("Driss") == [20, 15, 5, 10, 0, 10, 0]
    assert (rows["Driss"].total, rows["Driss"].light, rows["Driss"].months) == (60, Light.ORANGE, 3.0)
    assert points("Elias") == [20, 15, 0, 0, 0, 10, 0]
    assert (rows["Elias"].total, rows["Elias"].light) == (45, Light.RED)
    assert rows["Elias"].months == pytest.approx(4.0)
    assert rows["Elias"].criterion("referrals_per_month").value == pytest.approx(12 / 4)
    assert points("Fatima") == [20, 20, 15, 15, 0, 10, 0]
    assert (rows["Fatima"].total, rows["Fatima"].light, rows["Fatima"].overrides) == (
        80, Light.ORANGE, (OVERRIDE_WARNING,))
    assert (rows["Ghita"].total, rows["Ghita"].light) == (None, Light.NEW)
    assert (rows["Ilyas"].total, rows["Ilyas"].light) == (35, Light.RED)


def test_trend_against_a_month_earlier_and_the_attention_list(club) -> None:
    db, _people = club
    rows = _by_name(compliance.evaluate_club(db.unit_of_work(), AT))
    assert (rows["Bilal"].previous_total, rows["Bilal"].previous_light) == (25, Light.GREY)
    assert (rows["Chadia"].previous_total, rows["Chadia"].previous_light) == (50, Light.ORANGE)
    assert (rows["Driss"].previous_total, rows["Driss"].previous_light) == (None, Light.NEW)
    assert rows["Ghita"].previous_light is Light.NEW  # joined 01/10, already a member on 22/10
    assert rows["Elias"].previous_light is Light.RED
    attention = {row.name.split()[0]: row.attention for row in compliance.attention_list(db.unit_of_work(), AT)}
    assert attention == {
        "Bilal": (ATTENTION_TWICE, ATTENTION_ABSENCES),
        "Chadia": (ATTENTION_WARNING,),
        "Elias": (ATTENTION_TWICE,),
        "Fatima": (ATTENTION_WARNING,),
        "Ilyas": (ATTENTION_TWICE,),
    }


def test_the_records_behind_each_number(club) -> None:
    db, p = club
    absences = compliance.criterion_records(db.unit_of_work(), p["Bilal"], AT, "absences")
    assert [(line.date, line.kind) for line in absences] == [
        (d, AttendanceStatus.ABSENT) for d in reversed(MEETING_DATES[:4])]
    assert all(type(line.kind) is AttendanceStatus for line in absences)  # typed, never re-wrapped
    assert absences[0].description  # the meeting, named
    lates = compliance.criterion_records(db.unit_of_work(), p["Chadia"], AT, "absences")
    assert [line.kind for line in lates] == ["late", "late", "late"]  # the substitution is presence
    closed = compliance.criterion_records(db.unit_of_work(), p["Fatima"], AT, "closed_amount")
    assert [(line.date, line.amount, line.other) for line in closed] == [
        (date(2026, 8, 20), Decimal("40000.00"), "Amina Test"), (date(2026, 7, 20), Decimal("60000.00"), "Amina Test")]
    referrals = compliance.criterion_records(db.unit_of_work(), p["Elias"], AT, "referrals_per_month")
    assert len(referrals) == 12  # the 3 of the suspension are left out
    assert compliance.criterion_records(db.unit_of_work(), p["Elias"], AT, "guests") == []
    guests = compliance.criterion_records(db.unit_of_work(), p["Chadia"], AT, "guests")
    assert [line.kind for line in guests] == [RecordKind.GUEST_AGAIN, RecordKind.GUEST]
    assert all(type(line.kind) is RecordKind for line in guests)
    external = compliance.criterion_records(db.unit_of_work(), p["Amina"], AT, "external_referrals")
    assert [line.other for line in external] == ["Nadia Externe (Atlas)"] * 2
    one_to_ones = compliance.criterion_records(db.unit_of_work(), p["Driss"], AT, "one_to_ones_per_month")
    assert [line.other for line in one_to_ones] == ["Chadia Test"] * 3
    [presentation] = compliance.criterion_records(db.unit_of_work(), p["Amina"], AT, "presentations")
    assert type(presentation.kind) is PresentationKind
    assert {type(line.kind) for line in external + referrals} == {Scope}
    with pytest.raises(ValidationError):
        compliance.criterion_records(db.unit_of_work(), p["Amina"], AT, "charisma")


def test_history_month_by_month_and_the_same_figures_both_ways(club) -> None:
    db, p = club
    history = compliance.member_history(db.unit_of_work(), p["Driss"], AT, 4)
    assert [(m.month_end, m.light, m.total) for m in history] == [
        (date(2026, 9, 22), Light.NEW, None), (date(2026, 10, 22), Light.NEW, None),
        (date(2026, 11, 22), Light.ORANGE, 60)]  # 22/08: not yet a member
    # The club is evaluated with aggregates, a member's history with the records themselves.
    for row in compliance.evaluate_club(db.unit_of_work(), AT):
        last = compliance.member_history(db.unit_of_work(), row.member_id, AT, 2)
        assert (last[-1].light, last[-1].total) == (row.light, row.total), row.name
        if row.previous_light is not None and len(last) == 2:
            assert (last[0].light, last[0].total) == (row.previous_light, row.previous_total), row.name
    with pytest.raises(ValidationError):
        compliance.member_history(db.unit_of_work(), p["Driss"], AT, 0)


def test_one_chapter_and_a_date_before_anyone_joined(club) -> None:
    db, _people = club
    with db.unit_of_work() as uow:
        rabat = uow.session.query(Chapter).filter_by(name="Rabat").one().id
    assert [r.name for r in compliance.evaluate_club(db.unit_of_work(), AT, chapter_id=rabat)] == ["Ilyas Test"]
    assert compliance.evaluate_club(db.unit_of_work(), date(2019, 1, 1)) == []
    with pytest.raises(ValidationError):
        compliance.evaluate_club(db.unit_of_work(), date(1900, 1, 1))


def test_changed_numbers_are_kept_with_their_date_and_used(club) -> None:
    db, _people = club
    from app.services.settings import setting_history

    rules = ComplianceRules(green=50, orange=40, red=20)
    compliance.save_compliance_rules(db.unit_of_work(), rules)
    assert compliance.compliance_rules(db.unit_of_work()) == rules
    assert setting_history(db.unit_of_work(), "charter.light_green").changed_at is not None
    rows = _by_name(compliance.evaluate_club(db.unit_of_work(), AT))
    assert rows["Chadia"].light is Light.GREEN
    assert rows["Bilal"].light is Light.RED
    with pytest.raises(ValidationError):
        compliance.save_compliance_rules(db.unit_of_work(), ComplianceRules(green=40, orange=50))


def test_members_added_by_hand_and_board_meetings_count_like_the_attendance_figures(club) -> None:
    db, p = club
    from app.db.models import ExtraExpected
    from app.domain.enums import ClubRole
    from app.services.attendance import figures_by_member

    with db.unit_of_work() as uow:
        s = uow.session
        visit = s.query(Meeting).filter_by(date=MEETING_DATES[4]).one()
        s.add(ExtraExpected(meeting_id=visit.id, member_id=p["Ilyas"]))
        s.add(Attendance(meeting_id=visit.id, member_id=p["Ilyas"], status="absent"))
        board = Meeting(date=date(2026, 10, 8), kind="board", chapter_id=None, state="held")
        s.add(board)
        s.flush()
        s.get(Member, p["Amina"]).club_role = ClubRole.PRESIDENT
        s.add(Attendance(meeting_id=board.id, member_id=p["Amina"], status="absent"))
        uow.commit()
    rows = _by_name(compliance.evaluate_club(db.unit_of_work(), AT))
    figures = figures_by_member(db.unit_of_work(), *window(AT, 6))
    for name in rows:
        assert rows[name].criterion("absences").value == figures[p[name]].unexcused_absences, name
    assert rows["Ilyas"].criterion("absences").value == 1  # added by hand to a Casablanca meeting
    assert rows["Amina"].criterion("absences").value == 1  # the board meeting (board only)
    assert rows["Bilal"].criterion("absences").value == 4  # not on the board: not expected there
    assert (rows["Amina"].total, rows["Amina"].light) == (95, Light.GREEN)
