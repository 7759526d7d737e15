"""The demo club's year of business: volumes, rules kept, determinism."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.db.models import ClosedBusiness, OneToOne, Presentation, Referral, ReferralStep
from app.domain.business import ReferralStatus
from app.services.active_members import load_periods
from app.services.demo import build_demo
from app.services.demo_business import CLOSED_DIRECT, CLOSED_FROM_REFERRALS, ONE_TO_ONES, REFERRALS, add_business

from .business_club import make_club

TODAY = date(2026, 11, 20)


def test_demo_year_is_realistic_and_keeps_the_rules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = build_demo(tmp_path / "demo.db", today=TODAY)
    with db.unit_of_work() as uow:
        s = uow.session
        periods = load_periods(s)
        refs = s.execute(select(Referral.id, Referral.date, Referral.giver_id, Referral.receiver_member_id,
                                Referral.status)).all()
        assert len(refs) == REFERRALS
        external = sum(1 for r in refs if r.receiver_member_id is None)
        assert 0.15 < external / len(refs) < 0.25
        for _id, day, giver, receiver, _status in refs:
            assert day <= TODAY and periods[giver].active_on(day)
            assert receiver is None or (receiver != giver and periods[receiver].active_on(day))
        closed = s.execute(select(ClosedBusiness)).scalars().all()
        assert len(closed) == CLOSED_FROM_REFERRALS + CLOSED_DIRECT
        amounts = sorted(c.amount for c in closed)
        assert all(isinstance(a, Decimal) and a > 0 and a == a.quantize(Decimal(1)) for a in amounts)
        assert amounts[-1] > 10 * amounts[len(amounts) // 2]  # long tail
        for c in closed:
            assert c.receiver_id != c.giver_id and periods[c.receiver_id].active_on(c.date)
        won = {r.id for r in refs if r.status == ReferralStatus.WON}
        assert {c.referral_id for c in closed if c.referral_id} == won
        assert len(s.execute(select(OneToOne.id)).all()) == ONE_TO_ONES
        assert s.execute(select(Presentation.id)).first() is not None
        last_steps = {}
        for referral_id, status, day in s.execute(select(ReferralStep.referral_id, ReferralStep.status,
                                                         ReferralStep.date).order_by(ReferralStep.id)):
            assert day <= TODAY
            last_steps[referral_id] = status
        assert last_steps == {r.id: r.status for r in refs}
    db.close()


def test_same_seed_same_business(tmp_path) -> None:  # type: ignore[no-untyped-def]
    results = []
    for name in ("a.db", "b.db"):
        club = make_club(str(tmp_path / name))
        with club.uow() as uow:
            add_business(uow.session, TODAY, random.Random(7))
            uow.commit()
            results.append(uow.session.execute(
                select(Referral.date, Referral.giver_id, Referral.receiver_member_id, Referral.status)
                .order_by(Referral.id)).all())
        club.db.close()
    assert results[0] == results[1] and len(results[0]) == REFERRALS
