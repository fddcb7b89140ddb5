"""SQLAlchemy tables, one module per table family, one metadata."""

from app.models.access import ApiKey, AuditEvent
from app.models.alliance import Alliance, AllianceAlias, Membership
from app.models.base import Base
from app.models.filing import Contact, Filing, Quote, Release
from app.models.metric import Metric
from app.models.operator import Mention, Operator, OperatorAlias, Stake
from app.models.version import DataVersion

__all__ = [
    "Alliance",
    "AllianceAlias",
    "ApiKey",
    "AuditEvent",
    "Base",
    "Contact",
    "DataVersion",
    "Filing",
    "Membership",
    "Mention",
    "Metric",
    "Operator",
    "OperatorAlias",
    "Quote",
    "Release",
    "Stake",
]
