"""Message-IDs shared between messages of the same conversation (deterministic)."""
import random
from lib.infra import rstr, HEX, outlook_desktop_mid
from lib.timez import local

_r = random.Random("audit99/threads")

LIEF_MBX = "DU2PR04MB8917"
# Markus Götz -> Stefan Maier, 12 Oct 2026 (Exchange on-prem)
PO_ORDER = f"<{rstr(_r, HEX, 32)}@EXCH01.corp.example.com>"
# Stefan Maier -> Markus Götz, 14 Oct 2026 (genuine reply, business/08)
PO_REPLY_LOCAL = LIEF_MBX + rstr(_r, "0123456789ABCDEF", 32)
PO_REPLY = f"<{PO_REPLY_LOCAL}@{LIEF_MBX}.eurprd04.prod.outlook.com>"

# Alessandro Ricci -> Chiara Colombo, 2 Nov 2026
CMR_REQ = f"<{rstr(_r, HEX, 32)}@EXCH02.corp.example.com>"
# Chiara's genuine answer, 3 Nov 2026 (business/18) - Outlook desktop style
CMR_REPLY_TIME = local("de", 2026, 11, 3, 10, 5, 12)
CMR_REPLY = outlook_desktop_mid(_r, CMR_REPLY_TIME, "ferretti-trasporti.it")

# Giorgos -> Nikos, 10 Nov 2026 offer
TH_OFFER = f"<{rstr(_r, HEX, 32)}@EXCH02.corp.example.com>"
# Nikos genuine reply 13 Nov 2026 (business/32)
TH_REPLY_TIME = local("gr", 2026, 11, 13, 10, 40, 31)
TH_REPLY = outlook_desktop_mid(_r, TH_REPLY_TIME, "thermaikos-kat.gr")
