"""Polish messages: attack 22-26, business 22-26."""
import base64
import hashlib

from mailgen import core, checks as C, office, systems as S, systems2 as S2
from mailgen.core import text_part, bin_part, multipart, boundary
from mailgen.builder import to_plain, to_html, gmail_texts, tb_plain
from data.company import staff, PARTNER as PA, OFF
from . import attack, business
from .common import letter_pdf, pdf_date, outlook_alt, outlook_attachment, mixed, euro

PL = OFF["PL"]
NIP = PL["ids"][0][1]
PA_FOOT = [["Partner Logistik sp. z o.o.", "ul. Przemysłowa 14, 40-020 Katowice", "NIP %s" % PA["nip"]],
           ["KRS 0000614207, Sąd Rejonowy Katowice-Wschód", "Kapitał zakładowy 250 000 zł", "BDO 000088317"],
           ["tel. +48 32 757 41 20", "biuro@partner-logistik.pl", "www.partner-logistik.pl"]]


def pl_amount(v):
    return euro(v, "pl")


# =========================================================== ATTACKS
@attack("22-pl-ksef-certyfikat-wygasa.eml",
        "'Krajowy System e-Faktur' warns that the KSeF authentication certificate for the Polish entity's NIP "
        "expires in 3 days and must be renewed via a link",
        "Tax-portal credential phishing tailored to the 2026 KSeF roll-out: look-alike domain ksef-mf.com.pl "
        "(the real system is ksef.mf.gov.pl) sent through Amazon SES; urgency (invoicing stops); the login page "
        "imitates the Ministry's pages to harvest profil zaufany / certificate credentials")
def a22(m):
    m.when("2026-10-06 07:44:18", "EU").sender("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-mf.com.pl")
    m.recipients([staff("acc_pl")])
    url = "https://ksef-mf.com.pl/web/certyfikaty/odnowienie?nip=%s&t=%s" % (NIP, core.hexs(m.rng, 32))
    paras = ["Szanowni Państwo,",
             "informujemy, że certyfikat KSeF służący do uwierzytelniania w Krajowym Systemie e-Faktur dla podmiotu "
             "EXAMPLE METALE SP. Z O.O. (NIP %s) wygasa **09.10.2026**. Po tym terminie wystawianie i odbieranie "
             "faktur ustrukturyzowanych za pomocą Państwa programu księgowego nie będzie możliwe." % NIP,
             "Aby uniknąć przerwy w fakturowaniu, prosimy o odnowienie certyfikatu w Aplikacji Podatnika KSeF:",
             "[Odnów certyfikat KSeF](%s)" % url,
             "Logowanie odbywa się za pomocą profilu zaufanego, podpisu kwalifikowanego lub danych dostępowych do "
             "konta podatnika.",
             "Z poważaniem\nZespół KSeF\nMinisterstwo Finansów",
             "Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać."]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Lato,Arial,sans-serif;font-size:15px;color:#1b1b1b;background:#f2f2f2;margin:0">'
            '<div style="max-width:620px;margin:0 auto;background:#fff">'
            '<div style="padding:16px 24px;border-bottom:4px solid #dc143c"><b>Krajowy System e-Faktur</b><br>'
            '<span style="font-size:12px;color:#555">Ministerstwo Finansów</span></div>'
            + "".join('<p style="padding:0 24px">%s</p>' % to_html(p) for p in paras) + '</div></body></html>')
    body = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                      text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "ses"))
    r = S.ses(m, "eu-central-1", "ksef-mf.com.pl", "ses2026", mail_from_domain="mail.ksef-mf.com.pl")
    return m.finish(r, body, "KSeF: certyfikat uwierzytelniający dla NIP %s wygasa za 3 dni – wymagane odnowienie" % NIP,
                    auth=dict(spf="pass", dmarc=None))


@attack("23-pl-partner-logistik-zmiana-rachunku.eml",
        "'Księgowość Partner Logistik' announces a new bank account from 1 Nov and asks to pay open invoices there; "
        "explains that the account will appear on the VAT white list only in a few days",
        "Supplier bank-detail fraud from the look-alike domain partner-logistlk.pl (l instead of i) on OVH hosting; "
        "pre-empts the standard Polish control (biała lista) with an excuse; new mBank account instead of the "
        "supplier's ING account; letter without signatures")
def a23(m):
    m.when("2026-10-28 12:12:44", "EU").sender("Księgowość Partner Logistik", "ksiegowosc@partner-logistlk.pl")
    m.recipients([staff("om_pl")], [staff("acc_pl")])
    iban = C.pl_iban("1140200", "4000320588174419")
    m.iban(iban, "Partner Logistik sp. z o.o. (claimed)", "mBank S.A.", "fraudulent target account, not on the VAT white list")
    m.phone("+48 32 757 41 20")
    paras = ["Dzień dobry,",
             "uprzejmie informujemy, że w związku ze zmianą banku obsługującego z dniem 01.11.2026 zmienia się numer "
             "rachunku bankowego Partner Logistik sp. z o.o. Prosimy o regulowanie wszystkich należności, w tym faktur "
             "FV/0389/10/2026 i FV/0397/10/2026, na nowy rachunek:",
             "mBank S.A.\nNr rachunku: %s" % C.iban_fmt(iban),
             "Nowy rachunek został zgłoszony do Wykazu podatników VAT (biała lista). Aktualizacja wykazu może potrwać do "
             "7 dni roboczych, dlatego w okresie przejściowym rachunek może nie być jeszcze widoczny w wyszukiwarce – "
             "nie wpływa to na prawidłowość płatności.",
             "W załączeniu pismo potwierdzające zmianę. Prosimy o potwierdzenie aktualizacji danych w Państwa systemie.",
             "Z poważaniem\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Przemysłowa 14, 40-020 Katowice\ntel. +48 32 757 41 20"]
    pdfdata = letter_pdf(
        m, "Partner Logistik sp. z o.o.", ["Spedycja kolejowa i drogowa · ul. Przemysłowa 14 · 40-020 Katowice"],
        ["Example Metale sp. z o.o.", "ul. Portowa 27", "44-100 Gliwice"],
        [("Katowice, dnia", "27.10.2026"), ("Dotyczy", "zmiana rachunku")],
        "Zawiadomienie o zmianie rachunku bankowego",
        ["Szanowni Państwo,",
         "informujemy, że od dnia 01.11.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. należy "
         "regulować wyłącznie na rachunek:",
         "mBank S.A.\n%s" % C.iban_fmt(iban),
         "Dotychczasowy rachunek zostanie zamknięty. Płatności dokonane na poprzedni rachunek po tej dacie nie będą "
         "uznawane za dokonane w terminie.",
         "Z poważaniem\nDział Księgowości"],
        PA_FOOT, pdf_date(m.at(-86400)), producer="Microsoft® Word 2016", author="Księgowość")
    plain = tb_plain(paras, "pl")
    html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
            + "\n".join("    <p>%s</p>" % to_html(p) for p in paras) + "\n  </body>\n</html>\n")
    a = multipart("alternative", [text_part(plain, "plain", "UTF-8", "8bit", flowed=True),
                                   text_part(html, "html", "UTF-8", "8bit")], boundary(m.rng, "thunderbird"))
    body = multipart("mixed", [a, bin_part(pdfdata, "application/pdf", "Pismo_zmiana_rachunku_Partner_Logistik.pdf")],
                     boundary(m.rng, "thunderbird"))
    body.preamble = "This is a multi-part message in MIME format."
    r = S2.ovh(m, "31.41.248.19")
    return m.finish(r, body, "Zmiana rachunku bankowego – Partner Logistik sp. z o.o.", auth=dict(spf="pass", dmarc=None))


@attack("24-pl-bdo-weryfikacja-konta-kpo.eml",
        "'BDO – Baza Danych o Odpadach' claims 14 waste-transfer cards (KPO) are unconfirmed and the BDO account must "
        "be re-verified via login.gov.pl within 48 hours or be blocked",
        "Trade-specific credential phishing (the waste register every Polish scrap yard must use): sent from the "
        "compromised mailbox of a law office on cPanel hosting; link to bdo.mos.gov.pl.weryfikacja-kpo.com (real: "
        "bdo.mos.gov.pl) imitating login.gov.pl; threat of fines and blocking")
def a24(m):
    m.when("2026-11-16 09:20:33", "EU").sender("BDO - Powiadomienia", "sekretariat@kancelaria-wasik.pl")
    m.recipients([staff("om_pl")])
    url = "https://bdo.mos.gov.pl.weryfikacja-kpo.com/logowanie?rej=000147822&s=%s" % core.hexs(m.rng, 16)
    paras = ["Szanowni Państwo,",
             "w rejestrze BDO dla podmiotu EXAMPLE METALE SP. Z O.O. (nr rejestrowy 000147822) odnotowano 14 kart "
             "przekazania odpadów w statusie \"Zatwierdzona\" bez potwierdzenia przejęcia odpadu przez okres dłuższy niż "
             "7 dni. Brak potwierdzeń może skutkować nałożeniem administracyjnej kary pieniężnej.",
             "W związku z wdrożeniem nowej wersji systemu BDO konieczna jest jednorazowa weryfikacja konta użytkownika "
             "przez login.gov.pl w ciągu 48 godzin. Konta niezweryfikowane zostaną czasowo zablokowane.",
             "[Zweryfikuj konto BDO](%s)" % url,
             "Z poważaniem\nDepartament Gospodarki Odpadami\nMinisterstwo Klimatu i Środowiska"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body>'
            '<div style="font-family:Arial;font-size:14px"><div style="background:#2b5a2b;color:#fff;padding:12px">'
            '<b>BDO</b> &ndash; Baza danych o produktach i opakowaniach oraz o gospodarce odpadami</div>'
            + "".join("<p>%s</p>" % to_html(p) for p in paras) + "</div></body></html>")
    body = multipart("alternative", [text_part(plain, "plain", "iso-8859-2", "quoted-printable"),
                                      text_part(html, "html", "iso-8859-2", "quoted-printable")], boundary(m.rng, "php"))
    r = S.exim_cpanel(m, "s58.cyber-folks.pl", "195.78.66.58", "185.225.74.33", tz="EU",
                      mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", hdr_charset="iso-8859-2", hdr_enc="Q",
                      system="cyber_Folks cPanel/Exim (compromised mailbox of kancelaria-wasik.pl)")
    return m.finish(r, body, "Pilne: niepotwierdzone karty przekazania odpadów (KPO) – weryfikacja konta BDO 000147822",
                    auth=dict(spf="pass", dmarc=None))


@attack("25-pl-faktura-wzorcowanie-wagi-gmail.eml",
        "'Wag-Tech Serwis' (Gmail) sends invoice FV/2026/11/0487 for a weighbridge calibration at the Gliwice yard, "
        "payable within 7 days",
        "Invoice fraud riding on a real event (the genuine calibration by Wag-Serwis Śląsk on 26 Nov, business/25): "
        "different company name, free Gmail address, no order reference, pressure ('certificate will not be "
        "issued'); account not on the VAT white list")
def a25(m):
    m.when("2026-12-01 10:31:02", "EU").sender("Wag-Tech Serwis", "biuro.wagtechserwis@gmail.com")
    m.recipients([staff("acc_pl")])
    iban = C.pl_iban("1020242", "0000290208471935")
    m.iban(iban, "Wag-Tech Serwis (claimed)", "PKO Bank Polski S.A.", "payee of the fake invoice")
    m.phone("+48 573 418 226")
    net = 2850.00
    vat = round(net * 0.23, 2)
    paras = ["Dzień dobry,",
             "w załączeniu przesyłamy fakturę FV/2026/11/0487 za wzorcowanie wagi samochodowej 60 t wraz z regulacją "
             "czujników tensometrycznych na placu przy ul. Portowej 27 w Gliwicach.",
             "Termin płatności: 7 dni. Prosimy o terminową wpłatę – świadectwo wzorcowania zostanie przesłane po "
             "zaksięgowaniu płatności.",
             "Pozdrawiamy\nWag-Tech Serwis\ntel. +48 573 418 226"]
    pdfdata = letter_pdf(
        m, "Wag-Tech Serwis", ["Serwis i wzorcowanie wag · Bytom"],
        ["Nabywca:", "Example Metale sp. z o.o.", "ul. Portowa 27, 44-100 Gliwice", "NIP %s" % NIP],
        [("Faktura nr", "FV/2026/11/0487"), ("Data wystawienia", "30.11.2026"), ("Termin płatności", "07.12.2026")],
        "Faktura VAT",
        [],
        [["Wag-Tech Serwis", "Bytom"], ["NIP 6262817453"], ["tel. +48 573 418 226"]],
        pdf_date(m.at(-80000)), producer="www.ilovepdf.com", creator="Microsoft Excel", author="",
        table=(["Lp.", "Nazwa usługi", "Netto zł", "VAT", "Brutto zł"],
               [["1", "Wzorcowanie wagi samochodowej 60 t z regulacją", pl_amount(net), "23%", pl_amount(net + vat)]],
               ["l", "l", "r", "r", "r"]),
        col_x=[50, 75, 330, 400, 450], totals=[("Do zapłaty", pl_amount(net + vat) + " zł", True)],
        signature=["Rachunek: PKO BP S.A. %s" % C.iban_fmt(iban)])
    plain, html = gmail_texts(paras, "pl")
    a = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                   text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "gmail"))
    body = multipart("mixed", [a, bin_part(pdfdata, "application/pdf", "FV_2026_11_0487.pdf",
                                            xattach="f_m%s0" % core.rstr(m.rng, "abcdefghijklmnopqrstuvwxyz0123456789", 8))],
                     boundary(m.rng, "gmail"))
    r = S.gmail(m, lang="pl")
    return m.finish(r, body, "Faktura FV/2026/11/0487 – wzorcowanie wagi samochodowej Gliwice", auth=dict(spf="pass", dmarc="none"))


@attack("26-pl-google-forms-weryfikacja-skrzynki.eml",
        "Genuine Google Forms invitation 'Weryfikacja skrzynki pocztowej – Example Group' asking staff to enter "
        "their e-mail address and current password before a 'server migration'",
        "Abuse of Google Forms (mail really from google.com, authentication passes): the form collects mailbox "
        "passwords; the form owner is a free Gmail account posing as 'Dział IT'; the company never verifies mailboxes "
        "with forms")
def a26(m):
    m.when("2026-11-04 13:15:27", "EU").sender("Dział IT Example Group (za pośrednictwem Formularzy Google)", "forms-receipts-noreply@google.com")
    m.recipients([staff("om_pl")])
    fid = "1FAIpQLSe%s" % core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 47)
    url = "https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link" % fid
    paras = ["Zaprosiłem(-am) Cię do wypełnienia formularza:",
             "**Weryfikacja skrzynki pocztowej – Example Group**",
             "Z powodu migracji serwera pocztowego wszystkie konta muszą zostać zweryfikowane do 06.11.2026. Podaj adres "
             "e-mail i aktualne hasło, aby uniknąć dezaktywacji skrzynki.",
             "[WYPEŁNIJ FORMULARZ](%s)" % url,
             "Masz problemy z przesłaniem tego formularza? Wypełnij go na stronie Formularzy Google: %s" % url,
             "Utworzono w Formularzach Google. [Zgłoś nadużycie](https://docs.google.com/forms/d/e/%s/reportabuse?source=https://docs.google.com/forms/d/e/%s/viewform)" % (fid, fid)]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><body style="font-family:Roboto,Arial,sans-serif"><div style="max-width:640px;margin:0 auto">'
            '<div style="background:#673ab7;height:10px"></div><div style="border:1px solid #dadce0;padding:24px">'
            + "".join("<p>%s</p>" % to_html(p) for p in paras[:3]) +
            '<p><a href="%s" style="background:#673ab7;color:#fff;padding:10px 24px;text-decoration:none;border-radius:4px">WYPEŁNIJ FORMULARZ</a></p>'
            '</div><p style="font-size:12px;color:#5f6368">%s</p><p style="font-size:12px;color:#5f6368">%s</p></div></body></html>'
            % (url, to_html(paras[4]), to_html(paras[5])))
    body = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                      text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "gmail"))
    r = S.google_service(m, "forms-receipts-noreply@google.com",
                         "3%s@docs.bounces.google.com" % core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40), "forms")
    return m.finish(r, body, "Weryfikacja skrzynki pocztowej – Example Group", auth=dict(spf="pass", dmarc="reject"),
                    reply_to=("Dział IT Example Group", "it.examplegroup.helpdesk@gmail.com"))


# ========================================================== BUSINESS
def ksef_qr(seller_nip, date_str, xml_seed):
    h = base64.urlsafe_b64encode(hashlib.sha256(xml_seed.encode("utf-8")).digest()).decode().rstrip("=")
    return "https://ksef.mf.gov.pl/client-app/invoice/%s/%s/%s" % (seller_nip, date_str, h)


@business("22-pl-partner-logistik-faktura-ksef-qr.eml",
          "Partner Logistik's accounts department sends the visualisation of KSeF invoice FV/0412/10/2026 (rail "
          "transport Gliwice → Duisburg) with the KSeF verification QR code",
          "From the partner's real domain on home.pl (authentication passes); KSeF number and QR follow the official "
          "pattern and point to ksef.mf.gov.pl; payment to the long-standing ING account that is on the white list",
          pair=("23-pl-partner-logistik-zmiana-rachunku.eml",
                "Same supplier and payment topic; the genuine mail keeps the known account and carries a KSeF QR, "
                "the fake from partner-logistlk.pl changes the account"))
def b22(m):
    m.when("2026-11-03 12:30:40", "EU").sender(*PA["ksieg"])
    m.recipients([staff("acc_pl")])
    m.iban(PA["iban"], "Partner Logistik sp. z o.o.", "ING Bank Śląski S.A.", "partner's regular account (on the VAT white list)")
    m.phone("+48 32 757 41 20")
    ksef_no = "%s-20261031-7C3E91A04B2D-5F" % PA["nip"]
    qr = ksef_qr(PA["nip"], "31-10-2026", "FV/0412/10/2026|%s|%s" % (PA["nip"], NIP))
    m.facts["qr"].append(qr)
    items = [("Przewóz kolejowy złomu stalowego Gliwice – Duisburg-Ruhrort, 3 wagony Eanos, ZT/2026/10/218", 28650.00),
             ("Opłata za bocznicę i manewry Gliwice, 14.10.2026", 1420.00),
             ("Obsługa dokumentów przewozowych (CIM, KPO w BDO)", 380.00)]
    net = sum(v for _, v in items)
    paras = ["Dzień dobry,",
             "uprzejmie informujemy, że faktura FV/0412/10/2026 z dnia 31.10.2026 została wystawiona w Krajowym "
             "Systemie e-Faktur i jest dostępna w KSeF pod numerem %s." % ksef_no,
             "W załączeniu przesyłamy wizualizację faktury w formacie PDF z kodem QR umożliwiającym weryfikację faktury "
             "w KSeF. Termin płatności: 30.11.2026, na rachunek jak dotychczas (ING Bank Śląski).",
             "Z poważaniem\nKsięgowość\nPartner Logistik sp. z o.o.\nul. Przemysłowa 14, 40-020 Katowice\ntel. +48 32 757 41 20"]
    pdfdata = letter_pdf(
        m, "Partner Logistik sp. z o.o.", ["Spedycja kolejowa i drogowa · ul. Przemysłowa 14 · 40-020 Katowice · NIP %s" % PA["nip"]],
        ["Nabywca:", "Example Metale sp. z o.o.", "ul. Portowa 27, 44-100 Gliwice", "NIP %s" % NIP],
        [("Faktura nr", "FV/0412/10/2026"), ("Data wystawienia", "31.10.2026"), ("Data usługi", "14.10.2026"),
         ("Termin płatności", "30.11.2026"), ("Numer KSeF", ksef_no[:24]), ("", ksef_no[24:])],
        "Faktura VAT – wizualizacja faktury z KSeF",
        ["Stawka VAT 0 % – międzynarodowy transport towarów (art. 83 ust. 1 pkt 23 ustawy o VAT)."],
        PA_FOOT, pdf_date(m.at(-3 * 86400)), producer="Comarch ERP Optima – wydruk KSeF", creator="Comarch ERP Optima",
        author="Księgowość",
        table=(["Lp.", "Nazwa usługi", "Netto zł"], [[str(i + 1), t, pl_amount(v)] for i, (t, v) in enumerate(items)], ["l", "l", "r"]),
        col_x=[50, 75, 470], totals=[("Razem netto", pl_amount(net), False), ("VAT 0 %", "0,00", False),
                                     ("Do zapłaty zł", pl_amount(net), True)],
        signature=["Rachunek: ING Bank Śląski S.A. %s" % C.iban_fmt(PA["iban"])],
        qr=qr, qr_label=["Zweryfikuj fakturę w KSeF:", ksef_no], ecl="M", qr_module=1.4)
    alt_part = outlook_alt(m, paras, "pl", charset="windows-1250")
    body = mixed(m, [alt_part, outlook_attachment(pdfdata, "application/pdf", "FV_0412_10_2026_KSeF.pdf", m)])
    r = S2.home_pl(m, "89.64.13.200", "89-64-13-200.dynamic.chello.pl")
    return m.finish(r, body, "Faktura FV/0412/10/2026 – wizualizacja (KSeF)", auth=dict(spf="pass", dmarc="quarantine"))


@business("23-pl-partner-logistik-zlecenie-transportowe.eml",
          "Tadeusz Zieliński (Partner Logistik) confirms rail transport order ZT/2026/10/218 (3 Eanos wagons, steel "
          "scrap 17 04 05, Gliwice → Duisburg) and attaches the confirmation as DOCX",
          "Operational mail from the logistics partner's real mailbox via home.pl (authentication passes); details "
          "consistent with the yard's order; BDO KPO handled in the register as usual")
def b23(m):
    m.when("2026-10-09 14:02:15", "EU").sender(*PA["zielinski"])
    m.recipients([staff("om_pl")])
    m.phone("+48 32 757 41 20", "+48 601 447 318")
    paras = ["Dzień dobry Pani Agnieszko,",
             "potwierdzam przyjęcie zlecenia ZT/2026/10/218: 3 wagony Eanos ze złomem stalowym (kod odpadu 17 04 05, "
             "ok. 165 t), załadunek na bocznicy w Gliwicach 14.10.2026, podstawienie wagonów 13.10 wieczorem. Przewóz "
             "do Duisburg-Ruhrort, planowany przyjazd 17.10.",
             "KPO wystawiamy w BDO po stronie transportującego w dniu załadunku. W załączeniu potwierdzenie zlecenia do "
             "podpisu – proszę o odesłanie skanu do jutra.",
             "Pozdrawiam\nTadeusz Zieliński\nKierownik ds. spedycji kolejowej\nPartner Logistik sp. z o.o.\n"
             "ul. Przemysłowa 14, 40-020 Katowice\ntel. +48 32 757 41 20, kom. +48 601 447 318"]
    doc = office.docx([("h", "Potwierdzenie zlecenia transportowego nr ZT/2026/10/218"),
                       "Zleceniodawca: Example Metale sp. z o.o., ul. Portowa 27, 44-100 Gliwice, NIP %s" % NIP,
                       "Przewoźnik / spedytor: Partner Logistik sp. z o.o., ul. Przemysłowa 14, 40-020 Katowice, NIP %s" % PA["nip"],
                       ("b", "Szczegóły przewozu"),
                       "Relacja: Gliwice (bocznica Portowa) – Duisburg-Ruhrort Hafen (DE)\nRodzaj wagonów: Eanos, 3 szt.\n"
                       "Towar: złom stalowy, kod odpadu 17 04 05, ok. 165 t\nZaładunek: 14.10.2026, podstawienie 13.10.2026 od 18:00\n"
                       "Dokumenty: list przewozowy CIM, KPO w BDO, dokument Annex VII (rozporządzenie 1013/2006)",
                       "Fracht: 28 650,00 zł netto za 3 wagony, płatność 30 dni od daty faktury.",
                       "Podpis zleceniodawcy: ............................................",
                       "Podpis przewoźnika: Tadeusz Zieliński"],
                      creator="Tadeusz Zieliński", created="2026-10-09T11:48:00Z", company="Partner Logistik sp. z o.o.")
    alt_part = outlook_alt(m, paras, "pl", charset="windows-1250")
    body = mixed(m, [alt_part, outlook_attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                                  "Potwierdzenie_ZT_2026_10_218.docx", m)])
    r = S2.home_pl(m, "89.64.13.200", "89-64-13-200.dynamic.chello.pl")
    return m.finish(r, body, "Potwierdzenie zlecenia transportowego ZT/2026/10/218 – złom stalowy Gliwice → Duisburg",
                    auth=dict(spf="pass", dmarc="quarantine"))


@business("24-pl-izba-ankieta-google-forms.eml",
          "Trade association (Polska Izba Recyklingu Metali) invites members to its annual anonymous survey on energy "
          "costs, scrap prices and BDO/KSeF workload via Google Forms",
          "Genuine Google Forms invitation (google.com, authentication passes), reply-to the association's own "
          "domain, asks only market questions, says explicitly it collects no login data",
          pair=("26-pl-google-forms-weryfikacja-skrzynki.eml",
                "Both are Google Forms invitations to the Polish office; the genuine one is a market survey, the "
                "attack asks for the mailbox password"))
def b24(m):
    m.when("2026-11-18 10:00:05", "EU").sender("Polska Izba Recyklingu Metali (za pośrednictwem Formularzy Google)",
                                               "forms-receipts-noreply@google.com")
    m.recipients([staff("om_pl")])
    fid = "1FAIpQLSd%s" % core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 47)
    url = "https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link" % fid
    paras = ["Zaprosiłem(-am) Cię do wypełnienia formularza:",
             "**Ankieta PIRM 2026: koszty energii, ceny złomu, obciążenia administracyjne**",
             "Szanowni Członkowie, w imieniu Zarządu zapraszamy do udziału w corocznej ankiecie. Wyniki zbiorcze "
             "przedstawimy na Walnym Zgromadzeniu 10 grudnia w Katowicach. Ankieta jest anonimowa, zajmie ok. 8 minut i "
             "nie zawiera pytań o dane logowania ani dane osobowe.",
             "[WYPEŁNIJ FORMULARZ](%s)" % url,
             "Masz problemy z przesłaniem tego formularza? Wypełnij go na stronie Formularzy Google: %s" % url,
             "Utworzono w Formularzach Google. [Zgłoś nadużycie](https://docs.google.com/forms/d/e/%s/reportabuse?source=https://docs.google.com/forms/d/e/%s/viewform)" % (fid, fid)]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><body style="font-family:Roboto,Arial,sans-serif"><div style="max-width:640px;margin:0 auto">'
            '<div style="background:#0b8043;height:10px"></div><div style="border:1px solid #dadce0;padding:24px">'
            + "".join("<p>%s</p>" % to_html(p) for p in paras[:3]) +
            '<p><a href="%s" style="background:#0b8043;color:#fff;padding:10px 24px;text-decoration:none;border-radius:4px">WYPEŁNIJ FORMULARZ</a></p>'
            '</div><p style="font-size:12px;color:#5f6368">%s</p><p style="font-size:12px;color:#5f6368">%s</p></div></body></html>'
            % (url, to_html(paras[4]), to_html(paras[5])))
    body = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                      text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "gmail"))
    r = S.google_service(m, "forms-receipts-noreply@google.com",
                         "3%s@docs.bounces.google.com" % core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40), "forms")
    return m.finish(r, body, "Ankieta PIRM 2026: koszty energii, ceny złomu, obciążenia administracyjne",
                    auth=dict(spf="pass", dmarc="reject"), reply_to=("Polska Izba Recyklingu Metali", "biuro@pirm.org.pl"))


@business("25-pl-wagserwis-faktura-swiadectwo.eml",
          "Wag-Serwis Śląsk sends invoice FV 1184/11/2026 and calibration certificate SW/2026/1184 for the Gliwice "
          "weighbridge calibrated on 26 Nov under order 2026/418",
          "Contractor's own domain on nazwa.pl (authentication passes), refers to the written order and the on-site "
          "visit, 14-day terms, account consistent with the VAT white list, certificate attached",
          pair=("25-pl-faktura-wzorcowanie-wagi-gmail.eml",
                "Same service (weighbridge calibration in Gliwice); the fake comes from Gmail under a different name, "
                "without order reference, with 7-day pressure"))
def b25(m):
    m.when("2026-11-27 13:10:08", "EU").sender("Wag-Serwis Śląsk – Faktury", "faktury@wagserwis-slask.pl")
    m.recipients([staff("acc_pl")], [staff("om_pl")])
    iban = C.pl_iban("1090245", "0000000147921843")
    m.iban(iban, "Wag-Serwis Śląsk sp. z o.o.", "Santander Bank Polska S.A.", "contractor's account (white list)")
    m.phone("+48 32 270 18 44")
    net = 2650.00
    vat = round(net * 0.23, 2)
    paras = ["Dzień dobry,",
             "w załączeniu przesyłamy fakturę FV 1184/11/2026 za wzorcowanie wagi samochodowej (zlecenie nr 2026/418 z "
             "dnia 12.11.2026, usługa wykonana 26.11.2026) oraz świadectwo wzorcowania nr SW/2026/1184.",
             "Termin płatności 14 dni, rachunek zgodny z wykazem podatników VAT. W razie pytań prosimy o kontakt z biurem.",
             "Z poważaniem\nDział Rozliczeń\nWag-Serwis Śląsk sp. z o.o.\nul. Zabrska 61, 44-100 Gliwice\ntel. +48 32 270 18 44"]
    inv = letter_pdf(
        m, "Wag-Serwis Śląsk sp. z o.o.", ["Serwis, legalizacja i wzorcowanie wag · ul. Zabrska 61 · 44-100 Gliwice"],
        ["Nabywca:", "Example Metale sp. z o.o.", "ul. Portowa 27, 44-100 Gliwice", "NIP %s" % NIP],
        [("Faktura nr", "FV 1184/11/2026"), ("Data wystawienia", "27.11.2026"), ("Data usługi", "26.11.2026"),
         ("Termin płatności", "11.12.2026"), ("Zlecenie", "2026/418")],
        "Faktura VAT", [],
        [["Wag-Serwis Śląsk sp. z o.o.", "NIP %s" % C.pl_nip("969164820")], ["KRS 0000387215"], ["tel. +48 32 270 18 44"]],
        pdf_date(m.at(-7200)), producer="Subiekt GT – wydruk", creator="InsERT Subiekt GT", author="Wag-Serwis",
        table=(["Lp.", "Nazwa usługi", "Netto zł", "VAT", "Brutto zł"],
               [["1", "Wzorcowanie wagi samochodowej 60 t, 8 czujników, obciążniki 10 t", pl_amount(net), "23%", pl_amount(net + vat)]],
               ["l", "l", "r", "r", "r"]),
        col_x=[50, 75, 330, 400, 450], totals=[("Do zapłaty", pl_amount(net + vat) + " zł", True)],
        signature=["Rachunek: Santander Bank Polska S.A. %s" % C.iban_fmt(iban)])
    cert = letter_pdf(
        m, "Świadectwo wzorcowania nr SW/2026/1184", ["Laboratorium Wag-Serwis Śląsk sp. z o.o."],
        ["Zleceniodawca: Example Metale sp. z o.o.", "Miejsce wzorcowania: ul. Portowa 27, Gliwice"],
        [("Data wzorcowania", "26.11.2026"), ("Przyrząd", "waga samochodowa 60 t"), ("Nr fabryczny", "WS-60-22417")],
        "Wyniki wzorcowania",
        ["Wzorcowanie wykonano metodą porównawczą z użyciem wzorców masy klasy M1 (łącznie 10 t) oraz obciążenia "
         "zastępczego. Niepewność rozszerzona U = 20 kg (k = 2) w całym zakresie pomiarowym.",
         "Wynik: błędy wskazań w granicach błędów granicznych dopuszczalnych dla klasy dokładności III."],
        [["Wag-Serwis Śląsk sp. z o.o."], ["Kierownik laboratorium"], ["str. 1/1"]],
        pdf_date(m.at(-3600)), producer="Microsoft® Word 2021", author="Laboratorium",
        signature=["Wykonał: Paweł Kubica", "Zatwierdził: inż. Marek Sowa"])
    alt_part = outlook_alt(m, paras, "pl", charset="iso-8859-2")
    body = mixed(m, [alt_part, outlook_attachment(inv, "application/pdf", "FV_1184_11_2026.pdf", m),
                     outlook_attachment(cert, "application/pdf", "Swiadectwo_SW_2026_1184.pdf", m)])
    r = S2.nazwa(m, "37.30.24.118", system="nazwa.pl hosting (Wag-Serwis Śląsk)")
    return m.finish(r, body, "Faktura FV 1184/11/2026 oraz świadectwo wzorcowania – waga samochodowa Gliwice",
                    auth=dict(spf="pass", dmarc="none"))


@business("26-pl-google-alert-bezpieczenstwa.eml",
          "Google security alert: new sign-in on Windows to the Google account the Polish office uses for its "
          "Business Profile",
          "Genuine Google account notification from no-reply@accounts.google.com via mail-sor (authentication passes), "
          "links only to accounts.google.com / myaccount.google.com, tells the user nothing needs to be done if it was her",
          pair=("26-pl-google-forms-weryfikacja-skrzynki.eml",
                "Both arrive from google.com infrastructure; the alert is Google's own, the attack is user content "
                "hosted on Google Forms"))
def b26(m):
    me = staff("om_pl")
    m.when("2026-12-05 18:44:12", "EU").sender("Google", "no-reply@accounts.google.com")
    m.recipients([me])
    eid = core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 22)
    url = ("https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0"
           % (me[1], int(m.t0.timestamp() * 1000), eid))
    paras = ["Nowe logowanie na urządzeniu z systemem Windows",
             me[1],
             "Zauważyliśmy nowe logowanie na Twoje konto Google na urządzeniu z systemem Windows. Jeśli to Ty, nie musisz "
             "nic robić. Jeśli nie, pomożemy Ci zabezpieczyć konto.",
             "[Sprawdź aktywność](%s)" % url,
             "Możesz też sprawdzić aktywność związaną z bezpieczeństwem na stronie\nhttps://myaccount.google.com/notifications",
             "Wysłaliśmy ten e-mail, aby poinformować Cię o ważnych zmianach na Twoim koncie Google i w usługach Google.\n"
             "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<!DOCTYPE html><html lang="pl"><head><meta name="format-detection" content="email=no"/><meta name="format-detection" content="date=no"/>'
            '<style nonce="%s">.awl a {color: #FFFFFF; text-decoration: none;}</style></head><body>'
            '<table width="100%%" border="0" cellspacing="0" cellpadding="0" style="min-width:348px"><tr><td align="center">'
            '<div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px;max-width:516px">'
            '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">'
            '<div style="font-family:\'Google Sans\',Roboto,Arial;font-size:24px;padding-top:16px">%s</div>'
            '<div style="font-size:14px;color:#3c4043;padding-top:8px">%s</div>'
            '<div style="font-family:Roboto,Arial;font-size:14px;color:#202124;padding-top:20px;text-align:left">%s</div>'
            '<div style="padding-top:32px"><a href="%s" style="font-family:\'Google Sans\',Roboto;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px">Sprawdź aktywność</a></div>'
            '<div style="padding-top:20px;font-size:12px;color:#5f6368">%s</div></div>'
            '<div style="font-size:11px;color:#5f6368;padding-top:12px">%s</div></td></tr></table></body></html>'
            % (core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 22), to_html(paras[0]),
               to_html(paras[1]), to_html(paras[2]), url, to_html(paras[4]), to_html(paras[5])))
    body = multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64"),
                                      text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "gmail"))
    r = S.google_service(m, "no-reply@accounts.google.com", "3%s@gaia.bounces.google.com" % core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40),
                         "accounts")
    return m.finish(r, body, "Alert bezpieczeństwa", auth=dict(spf="pass", dmarc="reject"))
