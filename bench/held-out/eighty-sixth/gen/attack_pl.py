"""Attack messages, Polish (22-26)."""
import mime
import htm
import infra as I
from company import S, PLOG_ATTACK_IBAN, PLOG_IBAN, PLOG_NIP, EG_PL_NIP, PL_REGISTER_IBAN
from ids import nrb, fmt_nip
from kit import plain, html, alt, mixed, att, pdf_doc, pdf_date, zipfile_bytes, dt, dedent, quote_lines
from msg import M

F = "attack"


def a22():
    url = "https://ksef-podatki.online/logowanie/?nip=%s&ref=KSeF-ODB-72" % EG_PL_NIP
    ksef = "%s-20261103-4A7C2B91E0D3-5F" % EG_PL_NIP
    txt = dedent("""
    Krajowy System e-Faktur (KSeF)
    Ministerstwo Finansów

    Szanowni Państwo,

    w Krajowym Systemie e-Faktur oczekują na odbiór 3 faktury ustrukturyzowane wystawione na podatnika EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s), m.in.:

    Numer KSeF: %s
    Data przyjęcia: 03.11.2026

    Zgodnie z komunikatem Ministerstwa Finansów z dnia 20.10.2026 r. podmioty, które nie potwierdzą odbioru faktur w ciągu 72 godzin, zostaną czasowo pozbawione uprawnień do wystawiania faktur w KSeF do momentu ponownej weryfikacji tożsamości.

    Aby potwierdzić odbiór, zaloguj się do Aplikacji Podatnika KSeF przez login.gov.pl (Profil Zaufany, e-dowód lub bankowość elektroniczna):
    %s

    Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
    """) % (fmt_nip(EG_PL_NIP), ksef, url)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>\n'
         '<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">\n'
         '<div style="border-top:6px solid #d4213d;padding:16px 0 4px"><b style="font-size:18px">Krajowy System e-Faktur</b>'
         '<br><span style="color:#666">Ministerstwo Finansów</span></div>\n'
         '<p>Szanowni Państwo,</p>\n'
         '<p>w Krajowym Systemie e-Faktur oczekują na odbiór <b>3 faktury ustrukturyzowane</b> wystawione na podatnika EXAMPLE '
         'GROUP POLSKA SP. Z O.O. (NIP %s), m.in.:</p>\n'
         '<p style="background:#f2f2f2;padding:8px">Numer KSeF: %s<br>Data przyjęcia: 03.11.2026</p>\n'
         '<p>Zgodnie z komunikatem Ministerstwa Finansów z dnia 20.10.2026 r. podmioty, które nie potwierdzą odbioru faktur w ciągu '
         '<b>72 godzin</b>, zostaną czasowo pozbawione uprawnień do wystawiania faktur w KSeF do momentu ponownej weryfikacji '
         'tożsamości.</p>\n'
         '<p><a href="%s" style="background:#0052a5;color:#fff;padding:10px 20px;text-decoration:none">Zaloguj się przez '
         'login.gov.pl</a></p>\n'
         '<p style="font-size:11px;color:#777">Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.</p>\n'
         '</body></html>\n') % (fmt_nip(EG_PL_NIP), ksef, url)
    return M(folder=F, num=22, lang="pl", slug="ksef-faktury-do-odbioru-phishing",
             profile=I.Exim(server="s87.hostpol-serwery.pl", server_ip="46.242.245.61", zone="pl",
                            client_ip="194.26.29.113", host="kancelaria-nowak-kalisz.pl"),
             when=("pl", 2026, 11, 4, 7, 49, 35),
             frm=("KSeF - Ministerstwo Finansów", "biuro@kancelaria-nowak-kalisz.pl"), to=[S("pl_acc")],
             subject="KSeF: faktury oczekujące na odbiór - wymagane potwierdzenie w ciągu 72 godzin",
             hcs="windows-1250",
             body=alt(txt, h, "windows-1250", "quoted-printable"),
             desc="E-invoicing phishing: fake KSeF notice ('3 structured invoices waiting, confirm within 72 h or lose "
                  "invoicing rights') linking to a fake login.gov.pl page",
             why="KSeF does not send such e-mails; sender is a compromised law office's mailbox (cPanel/Exim) with the "
                 "Ministry's name; link to ksef-podatki.online carrying our NIP; invented ministerial announcement and "
                 "72-hour loss-of-rights threat; harvests Profil Zaufany / bank credentials.")


def a23():
    body = dedent("""
    Szanowni Państwo,

    uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę, od dnia 10.11.2026 r. zmienia się numer rachunku bankowego Partner Logistik sp. z o.o.

    Prosimy o aktualizację danych w Państwa systemie i dokonywanie wszystkich płatności, również za faktury już wystawione (FV/2026/10/118, FV/2026/10/131), wyłącznie na rachunek wskazany w załączonym piśmie. Nowy rachunek został zgłoszony do Wykazu podatników VAT (biała lista), aktualizacja w wykazie nastąpi w ciągu kilku dni roboczych.

    Prosimy o potwierdzenie zmiany zwrotną wiadomością e-mail.

    Z poważaniem
    Dział Księgowości
    Partner Logistik sp. z o.o.
    ul. Składowa 12, 61-897 Poznań
    NIP %s
    """) % fmt_nip(PLOG_NIP)
    letter = """
# Partner Logistik sp. z o.o.
ul. Składowa 12, 61-897 Poznań | NIP %s | KRS 0000481266

Example Group Polska sp. z o.o.
ul. Legnicka 58
54-204 Wrocław

Poznań, 05.11.2026

## Zawiadomienie o zmianie rachunku bankowego

Uprzejmie informujemy, że od dnia 10.11.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o.
należy kierować wyłącznie na poniższy rachunek:

Bank:     ING Bank Śląski S.A.
Rachunek: %s

Dotychczasowy rachunek (%s) zostanie zamknięty.

Z poważaniem
Zarząd Partner Logistik sp. z o.o.
""" % (fmt_nip(PLOG_NIP), nrb(PLOG_ATTACK_IBAN), nrb(PLOG_IBAN))
    pdfb = pdf_doc(letter, title="Zmiana rachunku bankowego", producer="Microsoft® Word dla Microsoft 365",
                   creator="Microsoft® Word dla Microsoft 365", created=pdf_date("pl", 2026, 11, 5, 12, 31))
    t = plain(body, "windows-1250", "quoted-printable")
    h = html(htm.outlook(body, "PL"), "windows-1250", "quoted-printable")
    return M(folder=F, num=23, lang="pl", slug="partner-logistik-lookalike-zmiana-rachunku",
             profile=I.Combo(I.OutlookDesktop(lang="pl", zone="pl"),
                             I.VPS(helo="mail.partner-logistik.com.pl", rdns="srv-185-241-208-77.serverdedicati.pl",
                                   ip="185.241.208.77", submit_ip="176.65.148.12")),
             when=("pl", 2026, 11, 5, 12, 44, 3),
             frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.com.pl"), to=[S("pl_acc")],
             subject="Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.",
             hcs="windows-1250",
             body=mixed(mime.multi("alternative", [t, h]),
                        att(pdfb, "application/pdf", "Zmiana_rachunku_Partner_Logistik.pdf", style="2047")),
             desc="Logistics-partner impersonation from look-alike partner-logistik.com.pl: new bank account, also for "
                  "already issued invoices; 'white list update will follow in a few days'",
             why="Real partner domain is partner-logistik.pl; look-alike on a VPS; account not on the VAT white list "
                 "(pre-empted with an excuse, which itself is a red flag); confirmation by e-mail only; open invoices "
                 "redirected. Genuine Partner Logistik mail: business/22-23, 26.")


def a24():
    url = "https://www.pkobp-biznes.pl.autoryzacja-urzadzen.com/ipko/?sid=7F3A21"
    txt = dedent("""
    PKO Bank Polski - iPKO biznes

    Szanowni Państwo,

    w związku z wejściem w życie nowych wymogów bezpieczeństwa (dyrektywa PSD3) wszystkie urządzenia autoryzujące w systemie iPKO biznes muszą zostać ponownie zweryfikowane do dnia 05.11.2026 r.

    Po tym terminie realizacja przelewów z rachunków firmy EXAMPLE GROUP POLSKA SP. Z O.O. będzie wymagała wizyty w oddziale.

    Weryfikacja zajmie ok. 3 minuty:
    %s

    Przygotuj identyfikator i hasło do iPKO biznes oraz urządzenie mobilne z aplikacją IKO.

    Z poważaniem
    Zespół PKO Bank Polski
    """) % url
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>\n'
         '<body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">\n'
         '<table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">\n'
         '<tr><td style="background:#003574;color:#fff;padding:16px 24px;font-size:18px"><b>PKO Bank Polski</b> | iPKO biznes</td></tr>\n'
         '<tr><td style="padding:24px;font-size:14px;color:#222">\n<p>Szanowni Państwo,</p>\n'
         '<p>w związku z wejściem w życie nowych wymogów bezpieczeństwa (dyrektywa PSD3) wszystkie urządzenia autoryzujące w systemie '
         'iPKO biznes muszą zostać ponownie zweryfikowane do dnia <b>05.11.2026 r.</b></p>\n'
         '<p>Po tym terminie realizacja przelewów z rachunków firmy EXAMPLE GROUP POLSKA SP. Z O.O. będzie wymagała wizyty w oddziale.</p>\n'
         '<p><a href="%s" style="background:#003574;color:#fff;padding:11px 26px;text-decoration:none">Zweryfikuj urządzenie</a></p>\n'
         '<p style="font-size:12px;color:#666">Przygotuj identyfikator i hasło do iPKO biznes oraz urządzenie mobilne z aplikacją IKO.</p>\n'
         '<p>Z poważaniem<br>Zespół PKO Bank Polski</p></td></tr></table></body></html>\n') % url
    return M(folder=F, num=24, lang="pl", slug="pko-bp-ipko-biznes-weryfikacja",
             profile=I.SES(region="eu-central-1", ipn=41), when=("pl", 2026, 11, 2, 9, 3, 27),
             frm=("PKO Bank Polski", "powiadomienia@pkobp-biznes-info.pl"), to=[S("pl_mgr")],
             env_from="010701932c4d5e6f-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000@eu-central-1.amazonses.com",
             subject="iPKO biznes: wymagana ponowna weryfikacja urządzeń autoryzujących do 05.11.2026",
             hcs="iso-8859-2",
             body=alt(txt, h, "iso-8859-2", "base64"),
             desc="Bank credential phishing: fake PKO BP corporate-banking notice about mandatory 'device re-verification' "
                  "(invented PSD3 deadline) linking to a look-alike login",
             why="Look-alike sender domain via Amazon SES; link host pkobp-biznes.pl.autoryzacja-urzadzen.com (real bank "
                 "name only as a subdomain); invented regulation and deadline; asks for login, password and mobile "
                 "authorisation - enables fraudulent transfers.")


def a25():
    pw = "PL2026"
    inner = [("Faktura_korygujaca_FK-118-10-2026.pdf.lnk",
              b"inert placeholder for a malicious Windows shortcut - evaluation sample, contains no code\n")]
    zipb = zipfile_bytes(inner, dt(2026, 11, 16, 8, 55), password=pw, seed="a25-zip")
    prev = dedent("""
    Dzień dobry Panie Tadeuszu,

    dziękuję za zestawienie. W pozycji 14 (składowanie foteli kinowych, hala B) naliczono 62 miejsca paletowe zamiast 48 z protokołu przyjęcia z 2.10. Proszę o korektę faktury FV/2026/10/118.

    Pozdrawiam
    Paweł Łukasik
    Example Group Polska sp. z o.o.
    """)
    body = dedent("""
    Dzień dobry,

    w załączeniu przesyłam fakturę korygującą do FV/2026/10/118 oraz poprawione zestawienie. Ze względu na dane kontrahentów plik jest zabezpieczony hasłem: %s

    Proszę o potwierdzenie otrzymania.

    Pozdrawiam
    Tadeusz Zieliński
    """) % pw
    full = body + "\nW dniu 04.11.2026 o 10:27, Paweł Łukasik napisał(a):\n" + quote_lines(prev) + "\n"
    m = M(folder=F, num=25, lang="pl", slug="thread-hijack-partner-zip-haslo",
          profile=I.Roundcube(web="poczta.home.pl", web_ip="127.0.0.1", client_ip="45.88.97.214",
                              out=("cloudserver094512.home.pl", "cloudserver094512.home.pl", "79.96.171.12"),
                              zone="pl", ua="Roundcube Webmail/1.6.6"),
          when=("pl", 2026, 11, 16, 8, 58, 40),
          frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S("pl_acc")],
          subject="Re: Zestawienie magazynowe październik 2026",
          in_reply_to="<4b8e2f0c9d1a47c3b6e5d2a1f0c9b8e7@EXCH02.corp.example.com>",
          references=["<004201dd6b94$e91b3c10$7fd4b130$@partner-logistik.pl>",
                      "<4b8e2f0c9d1a47c3b6e5d2a1f0c9b8e7@EXCH02.corp.example.com>"],
          hcs="utf-8",
          body=mixed(plain(full, "UTF-8", "8bit", quote_charset=False, flowed=True),
                     att(zipb, "application/zip", "Korekta_FK-118-10-2026.zip")),
          desc="Thread hijack from the logistics partner's genuinely compromised mailbox: reply in the real warehouse "
               "statement thread with a ZipCrypto archive (password in the body) holding a '.pdf.lnk' shortcut",
          why="Real partner address but sent through home.pl webmail from a foreign VPS IP instead of the contact's "
              "usual Outlook (business/23); password-protected archive defeats scanning; double extension .pdf.lnk "
              "(malware launcher, inert placeholder here); generic wording unlike the contact's style.")
    m.zip_passwords = [pw]
    return m


def a26():
    sprawa = "KRDG/2026/48817"
    txt = dedent("""
    Krajowy Rejestr Działalności Gospodarczej
    Wpis i aktualizacja danych przedsiębiorców

    Sprawa: %s
    Podmiot: EXAMPLE GROUP POLSKA SP. Z O.O., ul. Legnicka 58, 54-204 Wrocław
    NIP: %s

    Szanowni Państwo,

    w związku z aktualizacją danych w Rejestrze na rok 2027 przesyłamy w załączeniu formularz wpisu wraz z informacją o opłacie. Prosimy o weryfikację danych oraz dokonanie wpłaty w terminie 7 dni.

    Z poważaniem
    Biuro Obsługi Rejestru
    """) % (sprawa, fmt_nip(EG_PL_NIP))
    pdftext = """
# Krajowy Rejestr Działalności Gospodarczej
Biuro Obsługi Rejestru | skr. pocztowa 118 | 00-950 Warszawa

EXAMPLE GROUP POLSKA SP. Z O.O.
ul. Legnicka 58
54-204 Wrocław

## Formularz wpisu / opłata rejestrowa
Sprawa: %s          Data: 09.11.2026          Termin płatności: 16.11.2026

Nazwa:     EXAMPLE GROUP POLSKA SP. Z O.O.
NIP:       %s
PKD:       59.14.Z Działalność związana z projekcją filmów

Opłata za wpis i publikację danych w Rejestrze (okres 12 miesięcy)     1 289,00 zł

Wpłaty prosimy dokonać na rachunek:
%s
Tytuł: %s

~Niniejszy formularz stanowi ofertę zawarcia umowy o odpłatne umieszczenie danych w prywatnym rejestrze internetowym
~www.krdg-rejestr.pl. Rejestr nie jest rejestrem publicznym w rozumieniu ustawy o Krajowym Rejestrze Sądowym ani CEIDG.
~Dokonanie wpłaty oznacza akceptację oferty i regulaminu. Umowa przedłuża się automatycznie na kolejne okresy.
""" % (sprawa, fmt_nip(EG_PL_NIP), nrb(PL_REGISTER_IBAN), sprawa)
    pdfb = pdf_doc(pdftext, title="Formularz wpisu %s" % sprawa, producer="mPDF 8.2.4", creator="mPDF",
                   created=pdf_date("pl", 2026, 11, 9, 6, 40))
    h = htm.simple(txt)
    return M(folder=F, num=26, lang="pl", slug="fake-rejestr-oplata-za-wpis",
             profile=I.Brevo(), when=("pl", 2026, 11, 9, 7, 12, 56),
             frm=("Krajowy Rejestr Działalności Gospodarczej", "biuro@krdg-rejestr.pl"), to=[S("pl_mgr")],
             env_from="bounces-20413-krdg@bounces.sendibt3.com",
             subject="Sprawa %s - wpis do Rejestru 2027, termin płatności 16.11.2026" % sprawa,
             body=mixed(mime.multi("alternative", [plain(txt, "utf-8", "base64"), html(h, "utf-8", "base64")]),
                        att(pdfb, "application/pdf", "Formularz_wpisu_KRDG_2026_48817.pdf")),
             desc="Fake register fee: private 'Krajowy Rejestr Działalności Gospodarczej' (name imitating KRS/CEIDG) sends a "
                  "payment form for PLN 1,289; small print makes it an auto-renewing offer",
             why="Name chosen to be confused with the public KRS/CEIDG registers; offer disguised as a fee notice; "
                 "disclaimer in fine print; bulk-sent via Brevo. Well-known Polish register scam.")


MESSAGES = [a22, a23, a24, a25, a26]
