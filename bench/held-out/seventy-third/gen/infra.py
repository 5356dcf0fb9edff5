"""Sending-system profiles: trace headers below mx01, Message-ID, mailer headers and MIME boundary
style of each real system. Split over infra_*.py; this module re-exports them."""
from infra_core import *  # noqa: F401,F403
from infra_core import _rcv, filetime_hex, postfix_qid, relay_hops, thread_index  # noqa: F401
from infra_clients import *  # noqa: F401,F403
from infra_webmail import *  # noqa: F401,F403
from infra_bulk import *  # noqa: F401,F403
from infra_notify import *  # noqa: F401,F403
