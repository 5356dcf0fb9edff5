"""Signature blocks of Example Group staff (as their mail clients add them)."""
from company import STAFF, NATIVE

_HQ = ("Example Group SE\nLister Damm 42 · 30163 Hannover\n")
_FOOT_DE = ("Sitz der Gesellschaft: Hannover · Registergericht: Amtsgericht Hannover HRB 218874\n"
            "Vorstand: Jürgen Hoffmann (Vors.), Sabine Krüger · Aufsichtsratsvorsitzender: Dr. Klaus Reimers")

PHONES = {"ceo": "+49 511 94410-100", "cfo": "+49 511 94410-200", "ap": "+49 511 94410-231",
          "hr": "+49 511 94410-310", "it": "+49 511 94410-400", "sec": "+49 511 94410-444",
          "qa": "+49 511 94410-520", "proc": "+49 511 94410-250", "cafe": "+49 511 94410-600",
          "uk_mgr": "+44 161 872 4410", "uk_acc": "+44 161 872 4412",
          "it_mgr": "+39 045 820 4410", "it_acc": "+39 045 820 4412",
          "pl_mgr": "+48 61 852 44 10", "pl_acc": "+48 61 852 44 12", "pl_off": "+48 61 852 44 11",
          "es_mgr": "+34 963 44 10 10", "es_acc": "+34 963 44 10 12",
          "gr_mgr": "+30 2310 441 010", "gr_acc": "+30 2310 441 012",
          "ru_mgr": "+7 812 441-04-10", "ru_acc": "+7 812 441-04-12"}

ROLE_LOCAL = {
    "ceo": "Vorstandsvorsitzender", "cfo": "Finanzvorstand (CFO)", "ap": "Kreditorenbuchhaltung",
    "hr": "Personal & Entgeltabrechnung", "it": "Leiter IT", "sec": "IT-Sicherheit / Mail-Administration",
    "qa": "Qualitätssicherung", "proc": "Leiter Einkauf", "cafe": "Café-Betrieb / Kundenservice",
    "uk_mgr": "Managing Director", "uk_acc": "Financial Accountant",
    "it_mgr": "Country Manager Italia", "it_acc": "Amministrazione",
    "pl_mgr": "Dyrektor Oddziału", "pl_acc": "Główna Księgowa", "pl_off": "Koordynator biura i kadr",
    "es_mgr": "Director General España", "es_acc": "Contabilidad",
    "gr_mgr": "Γενικός Διευθυντής", "gr_acc": "Λογιστήριο",
    "ru_mgr": "Генеральный директор", "ru_acc": "Главный бухгалтер",
}

COMPANY_LOCAL = {
    "HQ": _HQ,
    "UK": "Example Group UK Ltd\nTrafford Park · Manchester M17 1AB\n",
    "IT": "Example Group Italia S.r.l.\nVia dell'Industria 14 · 37135 Verona\n",
    "PL": "Example Group Polska sp. z o.o.\nul. Głogowska 218 · 60-104 Poznań\n",
    "ES": "Example Group Iberia S.L.\nAv. de les Corts Valencianes 58 · 46015 València\n",
    "GR": "Example Group Hellas Μ.Α.Ε.\n26ης Οκτωβρίου 90 · 546 27 Θεσσαλονίκη\n",
    "RU": "ООО «Экзампл Груп Рус»\nМосковский пр-т, 212 · Санкт-Петербург\n",
}


def sig(key, native=False, footer=True, mobile=None):
    name, addr, office, _ = STAFF[key]
    if native and key in NATIVE:
        name = NATIVE[key]
    tel = {"HQ": "Tel.", "UK": "T:", "IT": "Tel.", "PL": "tel.", "ES": "Tel.", "GR": "Τηλ.", "RU": "тел."}[office]
    s = "%s\n%s\n\n%s%s %s" % (name, ROLE_LOCAL[key], COMPANY_LOCAL[office], tel, PHONES[key])
    if mobile:
        s += " · %s" % mobile
    s += "\n%s · www.example.com" % addr
    if footer and office == "HQ":
        s += "\n\n" + _FOOT_DE
    return s
