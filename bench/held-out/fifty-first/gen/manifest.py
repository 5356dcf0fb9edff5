"""Write staff.txt and MANIFEST.md."""
from company import COMPANY, OFFICES, STAFF, CORR, BANK, RU, IDS

LANGS = ["de", "en", "it", "pl", "es", "el", "ru"]


def _esc(s):
    return s.replace("|", "\\|").replace("\n", " ")


def staff_txt():
    return "".join("%s=%s\n" % (s["name"], s["addr"]) for s in STAFF)


def manifest(records, notes):
    L = []
    L.append("# Blind evaluation set — %s\n" % COMPANY)
    L.append("Generated deterministically by `gen/build.py` (Python 3 standard library only). "
             "40 attack and 40 genuine business messages as received by the inbound MX `mx01.example.com` "
             "(Postfix). No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present; the "
             "gateway is expected to evaluate those itself.\n")
    L.append("## The company\n")
    L.append("**%s** — trade fair and event organiser (exhibitions, congresses, exhibitor services). "
             "Domains `example.com` and `examplegroup.eu`, about 700 mailboxes. Legal entity in Germany: Example Group GmbH, "
             "Mainzer Landstraße 181, 60327 Frankfurt am Main, USt-IdNr. %s.\n" % (COMPANY, IDS["example_ust"]))
    L.append("Offices: " + "; ".join("%s (%s)" % (v, k) for k, v in OFFICES.items()) + ".\n")
    L.append("Mail flow: inbound MX `mx01.example.com` (Postfix) is the top `Received` hop of every message. "
             "Internal mail is relayed by `mail-int01.example.com [10.20.0.25]` from the Exchange mailbox servers "
             "`EXMBX0n.corp.example.com` (10.20.0.4x). Events mentioned: ProBuild Expo Frankfurt (28-31 Oct 2026), "
             "Madrid Hospitality Congress (3-5 Nov 2026), Poznań FoodTech Fair (17-20 Nov 2026), Milano Design & Contract (Rho, 19-23 Nov 2026), "
             "Gastro Madrid (24-26 Nov 2026), London MedTech Summit (30 Nov-3 Dec 2026), Thessaloniki AgroTech (Feb 2027), Moscow PackPrint Expo (2027).\n")
    L.append("## Staff (staff.txt)\n")
    L.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for s in STAFF:
        L.append("| %s | %s | %s | %s |" % (s["name"], s["addr"], OFFICES[s["office"]].split(",")[0], s["role"]))
    L.append("\n## Correspondents\n")
    L.append("| Organisation | Country | Relationship | Addresses |\n|---|---|---|---|")
    for org, c, role, contacts in CORR:
        L.append("| %s | %s | %s | %s |" % (_esc(org), c, _esc(role), "<br>".join(_esc(x) for x in contacts)))
    L.append("\nGenuine bank details used: Lieferant GmbH old `%s`, new (announced in business/01) `%s`; "
             "Ferretti `%s`; Partner Logistik `%s`; Montajes `%s`; Kalimeris `%s`; ЭкспоСтрой р/с `%s`, "
             "BIK %s, к/с `%s`, INN %s / KPP %s.\n" % (
                 BANK["lieferant_old"], BANK["lieferant_new"], BANK["ferretti"], BANK["partner"],
                 BANK["montajes"], BANK["kalimeris"], RU["expostroy_acct"], RU["sber_bik"], RU["sber_corr"],
                 IDS["expostroy_inn"], IDS["expostroy_kpp"]))
    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        L.append("## %s\n" % title)
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" %
                 ("attack" if folder == "attack" else "genuine"))
        L.append("|---|---|---|---|---|---|---|")
        for r in sorted((r for r in records if r["folder"] == folder), key=lambda r: r["num"]):
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                r["fname"], r["lang"], r["charset"], r["cte"], _esc(r["structure"]), _esc(r["what"]), _esc(r["why"])))
        L.append("")
    L.append("## Notes\n")
    L.append("### Hard negatives (genuine message ↔ attack on the same topic / sender)\n")
    L.append("| Genuine (business/) | Attack(s) (attack/) | Shared element |\n|---|---|---|")
    byn = {(r["folder"], r["num"]): r for r in records}
    for r in sorted((r for r in records if r["folder"] == "business" and r["hn_of"]), key=lambda r: r["num"]):
        nums, shared = r["hn_of"]
        L.append("| %s | %s | %s |" % (r["fname"], ", ".join(byn[("attack", n)]["fname"] for n in nums), _esc(shared)))
    L.append("")
    L.extend(notes)
    return "\n".join(L) + "\n"
