"""Lightweight views of the tables the first screen reads, usable without the mapped models.

Declaring and configuring the mapped classes (:mod:`app.db.models`) is the largest single cost
of starting Cercle, and the members page needs none of it to show its table: it reads through
these ``table()`` clauses (column names and types only, no metadata, no constraints). The models
are imported later, by the first action that needs them. Only reads go through here; every write
goes through the models. A test checks each column against the models: same table, same name,
same type.
"""

from __future__ import annotations

from sqlalchemy import Date, Integer, String
from sqlalchemy.sql import column, table

from app.db.types import enum_type
from app.domain.enums import Civility, ClubRole, CompanySize, MemberStatus

members = table(
    "members",
    column("id", Integer),
    column("number", Integer),
    column("civility", enum_type(Civility)),
    column("first_name", String),
    column("last_name", String),
    column("arabic_name", String),
    column("company", String),
    column("position", String),
    column("sector_id", Integer),
    column("company_size", enum_type(CompanySize)),
    column("chapter_id", Integer),
    column("city", String),
    column("mobile", String),
    column("office_phone", String),
    column("email", String),
    column("join_date", Date),
    column("club_role", enum_type(ClubRole)),
    column("status", enum_type(MemberStatus)),
    column("consent_directory_on", Date),
)

chapters = table("chapters", column("id", Integer), column("name", String), column("sort_order", Integer))

sectors = table("sectors", column("id", Integer), column("name", String))

meetings = table("meetings", column("id", Integer))
