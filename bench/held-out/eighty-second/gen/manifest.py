"""MANIFEST.md writer."""
from lib import company as C
from lib import numbers as N


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def _struct(m):
    s = m.structure()
    return s


def render(sets):
    L = []
    co = C.COMPANY
    L.append("# Evaluation set: spam / phishing filtering for Example Group\n")
    L.append("Generated deterministically by `gen/build.py` (Python 3 standard library only). "
             "Re-running it reproduces every file byte for byte.\n")
    L.append("## The company\n")
    L.append("**%s** (%s) — %s. Domains `%s`; %s mailboxes. "
             "Headquarters in Germany, subsidiaries in Italy, Poland, Spain, Greece, the UK and Russia.\n"
             % (co["name"], co["legal"], co["trade"], "`, `".join(co["domains"]), co["mailboxes"]))
    L.append("| Office | Entity / address |")
    L.append("|---|---|")
    for k, (city, addr) in C.OFFICES.items():
        L.append("| %s | %s |" % (_cell(city), _cell(addr)))
    L.append("")
    L.append("Mail flow as seen in the files: inbound MX `mx01.example.com` (Postfix) writes the top `Received` header "
             "(`from HELO (rDNS [IP])`, TLS details, queue id, `for <recipient>`); below it are the sender's own hops. "
             "Internal mail comes from Exchange 2019 (`EXCH01.corp.example.com`) through the internal relay "
             "`mail-int01.example.com [10.20.0.25]`. No Authentication-Results, DKIM-Signature, ARC or X-Spam headers "
             "are present: the gateway must evaluate SPF/DKIM/DMARC itself (offline in this evaluation).\n")
    L.append("## Staff (`staff.txt`)\n")
    L.append("| Name | Address | Office | Role |")
    L.append("|---|---|---|---|")
    for k, (n, a, o, r) in C.STAFF.items():
        L.append("| %s | %s | %s | %s |" % (_cell(n), a, C.OFFICES[o][0], _cell(r)))
    L.append("")
    L.append("## Correspondents\n")
    L.append("| Organisation | Country | Contacts | Relationship / mail system |")
    L.append("|---|---|---|---|")
    for k, (org, cc, contacts, note) in C.CORR.items():
        cs = "; ".join(("%s <%s>" % (n, a)) if n else "<%s>" % a for n, a in contacts)
        L.append("| %s | %s | %s | %s |" % (_cell(org), cc, _cell(cs), _cell(note)))
    L.append("")
    L.append("Genuine services also appear with their real sending infrastructure: Microsoft (EOP), Google, GitHub, "
             "DocuSign, Yandex, ELSTER, Kontur.Diadoc, Mailchimp, Brevo.\n")

    for kind, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        L.append("## %s\n" % title)
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |"
                 % ("attack" if kind == "attack" else "genuine"))
        L.append("|---|---|---|---|---|---|---|")
        for m in sets[kind]:
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                m.filename, m.lang, m.body_charsets(), m.body_ctes(), _cell(_struct(m)), _cell(m.what), _cell(m.why)))
        L.append("")

    L.append("## Notes\n")
    L.append("### Hard negatives (genuine messages on the same topic as an attack)\n")
    L.append("| Attack | Genuine counterpart | What distinguishes them |")
    L.append("|---|---|---|")
    bus = dict((m.num, m) for m in sets["business"])
    n_pairs = 0
    for m in sets["attack"]:
        if m.pair:
            b = bus[m.pair]
            L.append("| attack/%s | business/%s | %s |" % (m.filename, b.filename, _cell(getattr(b, "contrast", "") or b.why)))
            n_pairs += 1
    L.append("")
    L.append("%d attack/genuine pairs.\n" % n_pairs)

    L.append("### Attack techniques used\n")
    seen = {}
    for m in sets["attack"]:
        for t in m.techniques:
            seen.setdefault(t, []).append("%02d" % m.num)
    for t, nums in seen.items():
        L.append("- %s — %s" % (t, ", ".join(nums)))
    L.append("")

    L.append("### Sending infrastructure per message\n")
    L.append("| File | Envelope sender (Return-Path) | Connecting client at mx01 | Infrastructure |")
    L.append("|---|---|---|---|")
    for kind in ("attack", "business"):
        for m in sets[kind]:
            inf = m.inf
            L.append("| %s/%s | %s | %s (%s [%s]) | %s |" % (
                kind, m.filename, _cell(inf.return_path or m.mailfrom or (m.frm if isinstance(m.frm, str) else m.frm[1])),
                inf.helo, inf.rdns or "unknown", inf.ip, _cell(inf.label)))
    L.append("")

    L.append("### Decodable QR codes\n")
    for kind in ("attack", "business"):
        for m in sets[kind]:
            v = getattr(m, "qr_text", None)
            if v:
                L.append("- %s/%s: `%s`" % (kind, m.filename, v))
    L.append("")
    L.append("### Numbers and check digits\n")
    L.append("- Every IBAN carries valid ISO 13616 mod-97 check digits. National check digits are also valid where "
             "the scheme is known: Italian CIN, Spanish DC (both digits), Polish bank routing check digit, Hungarian "
             "two check digits, Slovak account mod-11, Belgian mod-97. German account numbers follow Bundesbank check "
             "method 00 (the method actually assigned to each bank code was not verified).")
    L.append("- Russian settlement/correspondent accounts satisfy the Bank of Russia control key for the stated BIK "
             "(weights 7-1-3); real BIK/correspondent-account pairs of Sberbank, VTB and T-Bank are used. "
             "INN (10 digits) and OGRN carry valid control digits.")
    L.append("- VAT/tax identifiers carry valid check digits (DE USt-IdNr ISO 7064 MOD 11,10; IT partita IVA; "
             "PL NIP; ES CIF; GR ΑΦΜ; UK VAT mod-97). The Greek RF payment code is a valid ISO 11649 reference.")
    L.append("- The Bitcoin address in the extortion mail is a bech32 (BIP 173) P2WPKH address with a valid checksum, "
             "derived from a hash of a fixed string (no known private key).")
    L.append("- QR codes are produced by `gen/lib/qr.py` (byte mode, ECC level M, mask chosen by penalty score) and "
             "were decoded back with zbar during the build check.")
    L.append("- Attachments are inert: PDFs contain text only (no JavaScript, no actions, no embedded files); HTML and "
             "SVG lures contain no script, only a link or a form; archives contain a one-line placeholder under a "
             "dangerous-looking name; password-protected archives use traditional PKWARE ZipCrypto.")
    L.append("- Network names: attacker domains are fictitious look-alikes; URLs in ClickFix commands use documentation "
             "address space (RFC 5737).")
    L.append("")
    return "\n".join(L) + "\n"
