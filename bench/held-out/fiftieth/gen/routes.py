"""Sending systems: each route knows how the sending side writes its
Received hops, Message-ID, mailer headers and MIME boundaries, and which
client connects to mx01.example.com. Split over route_base.py,
routes_own.py and routes_ext.py; this module re-exports everything."""
from route_base import *  # noqa: F401,F403
from route_base import _OutlookMixin, det_uuid, pf_qid, mx01_received, thread_index  # noqa: F401
from routes_own import *  # noqa: F401,F403
from routes_ext import *  # noqa: F401,F403
