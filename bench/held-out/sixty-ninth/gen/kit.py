"""Helpers shared by the message modules: body builders, signatures,
bank accounts and identifiers used across messages."""

from common import (STAFF, iban_de, iban_it, iban_es, iban_pl, iban_gb, iban_gr, iban_lt,
                    iban_pt, iban_sk, iban_fmt, ru_account, ru_corr_account, ru_inn10, ru_ogrn,
                    pl_nip, it_piva, de_ustid, gr_afm, es_cif, gb_vat, btc_address, utc)
from mime import (text, attachment, multipart, plain_of, html_outlook, html_gmail, html_simple,
                  html_branded, fill_charset)

S = STAFF

# ---------------------------------------------------------------------------
# identifiers (all check digits valid)
# ---------------------------------------------------------------------------
ID = {
    "eg_ustid": de_ustid("26104783"),
    "lief_ustid": de_ustid("13572468"),
    "nordglas_ustid": de_ustid("81236604"),
    "eg_it_piva": it_piva("0412345023"),
    "ferretti_piva": it_piva("0183726016"),
    "eg_pl_nip": pl_nip("899271235"),
    "partner_nip": pl_nip("895214768"),
    "odra_nip": pl_nip("912203457"),
    "eg_es_cif": es_cif("B", "9876543"),
    "beltran_cif": es_cif("B", "4612873"),
    "eg_gr_afm": gr_afm("80146623"),
    "kava_afm": gr_afm("04781236"),
    "eg_uk_vat": gb_vat("3318742"),
    "pennine_vat": gb_vat("2204817"),
    "eg_ru_inn": ru_inn10("781062418"),
    "eg_ru_ogrn": ru_ogrn("117784700432"),
    "nevskie_inn": ru_inn10("780631945"),
    "nevskie_ogrn": ru_ogrn("115784712086"),
    "fake_nevskie_inn": ru_inn10("540612873"),
}

BIK_SPB_SBER = "044030653"      # Северо-Западный банк ПАО Сбербанк, Санкт-Петербург
BIK_SPB_ALFA = "044030786"
BIK_NSK = "045004641"           # Сибирский банк ПАО Сбербанк, Новосибирск

ACC = {
    "eg_hq": iban_de("77050000", "302418855"),
    "lief_old": iban_de("76351040", "12084471"),
    "lief_new_genuine": iban_de("76040061", "617733400"),
    "lief_fraud": iban_lt("35000", "10018824617"),
    "nordglas": iban_de("37040044", "532013000"),
    "register_fraud": iban_sk("1100", "000000", "292612346"),
    "payroll_fraud": iban_de("10011001", "2629871544"),
    "payroll_genuine": iban_de("76350000", "870124589"),
    "ceo_fraud_pt": iban_pt("0033", "0000", "45312345678"),
    "pennine": iban_gb("NWBK", "600723", "48120955"),
    "pennine_fraud": iban_gb("SRLG", "608371", "44872016"),
    "ferretti": iban_it("03069", "11884", "100000012345"),
    "ferretti_fraud": iban_it("36772", "22300", "000007418851"),
    "lawyer_fraud_es": iban_es("0081", "0216", "7300014527"),
    "partner": iban_pl("1140200", "0000360212345678"),
    "partner_fraud": iban_pl("1090101", "4000071219812874"),
    "beltran": iban_es("2100", "4521", "0200123456"),
    "kava": iban_gr("017", "0215", "0005215012345678"),
    "gr_fraud": iban_gr("026", "0071", "0000510200471836"),
    "sidiropoulos": iban_gr("011", "0225", "0000225004417290"),
    "eg_gr": iban_gr("014", "0130", "0000130002003847"),
    "eg_it": iban_it("02008", "11770", "000104512876"),
    "eg_uk": iban_gb("BUKB", "202015", "63415582"),
}

RU = {
    "nevskie_rs": ru_account(BIK_SPB_SBER, "40702810K55000047311"),
    "nevskie_ks": ru_corr_account(BIK_SPB_SBER),
    "fraud_rs": ru_account(BIK_NSK, "40702810K44050018862"),
    "fraud_ks": ru_corr_account(BIK_NSK),
    "eg_rs": ru_account(BIK_SPB_ALFA, "40702810K32060004418"),
    "eg_ks": ru_corr_account(BIK_SPB_ALFA),
}

BTC = btc_address("audit67-extortion-wallet")

# ---------------------------------------------------------------------------
# signatures
# ---------------------------------------------------------------------------
ADDR = {
    "HQ": ("Example Group Brauerei & Getränkehandel GmbH\nHallstadter Straße 118, 96052 Bamberg\n"
           "Tel. +49 951 96340-%s | www.example.com\nAmtsgericht Bamberg HRB 4711 | USt-IdNr. " + ID["eg_ustid"]),
    "IT": "Example Group Italia S.r.l.\nVia Germania 14, 37135 Verona (VR)\nTel. +39 045 820 44%s | P.IVA IT" + ID["eg_it_piva"],
    "PL": "Example Group Polska sp. z o.o.\nul. Krakowska 180, 52-015 Wrocław\ntel. +48 71 330 52 %s | NIP " + ID["eg_pl_nip"],
    "ES": "Example Group Iberia S.L.\nC/ dels Gremis 22, Pol. Ind. Vara de Quart, 46014 Valencia\nTel. +34 961 52 30 %s | CIF " + ID["eg_es_cif"],
    "GR": "Example Group Hellas Μ.Ε.Π.Ε.\nΒΙ.ΠΕ. Σίνδου, Οδός 4, ΟΤ 31, 57022 Σίνδος\nΤηλ. +30 2310 795 4%s | ΑΦΜ " + ID["eg_gr_afm"],
    "UK": "Example Group UK Ltd\nUnit 7, Westinghouse Road, Trafford Park, Manchester M17 1PY\nT +44 161 872 44%s | VAT " + ID["eg_uk_vat"],
    "RU": "ООО \"Экзампл Груп Рус\"\n196084, Санкт-Петербург, ул. Заставская, д. 33, лит. А\nтел. +7 812 640-17-%s | ИНН " + ID["eg_ru_inn"],
}

_EXT = {"ceo": "100", "cfo": "120", "ap1": "131", "ap2": "132", "hr": "140", "ithead": "160", "itsec": "165",
        "assist": "101", "proc": "210", "sales": "310", "sales2": "315", "disp": "410", "qa": "510",
        "it_mgr": "10", "it_acc": "12", "pl_mgr": "10", "pl_acc": "14", "es_mgr": "80", "es_acc": "82",
        "gr_mgr": "10", "gr_acc": "12", "uk_mgr": "10", "uk_acc": "15", "ru_mgr": "25", "ru_acc": "27"}


def sig(key, role=None, native=False):
    p = S[key]
    name = p.native if native else p.name
    return "%s\n%s\n\n%s" % (name, role or p.role, ADDR[p.office] % _EXT[key])

# ---------------------------------------------------------------------------
# body builders (each returns a function B -> Part)
# ---------------------------------------------------------------------------


def plain(s, cs="utf-8", cte="quoted-printable", flowed=False, quote=True, link="angle"):
    return lambda B: text(plain_of(s, link), "plain", cs, cte, quote, flowed)


def html_only(h, cs="utf-8", cte="quoted-printable", quote=True):
    return lambda B: text(fill_charset(h, cs), "html", cs, cte, quote)


def alt(s, h, cs="utf-8", cte="quoted-printable", cte_html=None, quote=True, link="angle", flowed=False):
    def f(B):
        bnd = B("alternative")
        return multipart("alternative", [text(plain_of(s, link), "plain", cs, cte, quote, flowed),
                                         text(fill_charset(h, cs), "html", cs, cte_html or cte, quote)], bnd)
    return f


def outlook_alt(s, cs="iso-8859-1", cte="quoted-printable", lang="DE", cte_html=None, quote=True):
    return alt(s, html_outlook(s, lang), cs, cte, cte_html, quote)


def gmail_alt(s, cs="UTF-8", cte="quoted-printable", cte_html=None):
    return alt(s, html_gmail(s), cs, cte, cte_html, quote=True)


def with_atts(inner, atts, preamble=None):
    def f(B):
        bnd = B("mixed")
        return multipart("mixed", [inner(B)] + list(atts), bnd, preamble=preamble)
    return f


def related(inner_html_fn, imgs):
    """inner_html_fn: B -> Part (text/html or alternative); imgs: Parts with cid."""
    def f(B):
        bnd = B("related")
        return multipart("related", [inner_html_fn(B)] + list(imgs), bnd, extra_params=';\n type="multipart/alternative"')
    return f


def alt_related(s, h, imgs, cs="utf-8", cte="quoted-printable", link="angle"):
    """multipart/alternative [ text/plain, multipart/related [ text/html, images ] ]"""
    def f(B):
        ab = B("alternative")
        rb = B("related")
        rel = multipart("related", [text(fill_charset(h, cs), "html", cs, cte)] + list(imgs), rb,
                        extra_params=';\n type="text/html"')
        return multipart("alternative", [text(plain_of(s, link), "plain", cs, cte), rel], ab)
    return f


def pdf_att(data, name, **kw):
    return attachment(data, "application/pdf", name, **kw)


def M(**kw):
    """A message specification (see infra.assemble for the keys)."""
    kw.setdefault("pairs", [])
    kw.setdefault("lookalikes", [])
    return kw


def b64(s):
    import base64 as _b
    return _b.urlsafe_b64encode(s.encode()).decode().rstrip("=")


# additional accounts used by business messages
ACC.update({
    "ostermann": iban_de("79050000", "47110815"),
    "fake_solicitor_gb": iban_gb("SRLG", "608371", "71503348"),
    "northbrew": iban_gb("LOYD", "309634", "21840077"),
    "eg_es": iban_es("2100", "8612", "0200314478"),
    "eg_pl": iban_pl("1240693", "0000110000000123"),
    "turia": iban_es("0182", "6018", "0201597536"),
    "beltran_fraud": iban_es("1583", "0001", "1090312847"),
    "wise_be": None,
})
del ACC["wise_be"]
