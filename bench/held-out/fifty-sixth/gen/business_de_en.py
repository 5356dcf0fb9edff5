"""Genuine business messages, German (01-08) and English (09-16)."""
import base64

from common import (thread_index, seed_rnd, A, Multi, P, Part, Raw, addr, assemble, boundary, esc, hdr_text, html_page, outlook_html,
                    pdf, qr_png, register, simple_html, T, plus, fmt)
import banking as B
import senders as S
from threads import (B01_MID, B01_TEXT, LIEF_SRV, LIEFERANT_TENANT, M1, M2, M1_TEXT, M2_TEXT, SUBJ,
                     lieferant_sig_petra)

LIEF_OLD = B.de_iban("72050000", "240118735")     # Stadtsparkasse Augsburg
LIEF_NEW = B.de_iban("72050101", "810447263")     # Kreissparkasse Augsburg
LIEF_UST = B.de_ustid("12745308")

EG_SIG_AP = """Jürgen Baumgärtner
Kreditorenbuchhaltung
Example Group GmbH · Landsberger Straße 412 · 81241 München
Tel. +49 89 5523 1840"""


def internal_hdrs(prof, frm, to, subject, charset="iso-8859-1", cc=None, attach=False, lang="de-DE",
                  enc="Q", extra=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr_text(subject, charset, enc)),
          ("Thread-Topic", hdr_text(subject, charset, enc)),
          ("Thread-Index", thread_index(seed_rnd("ti-" + subject), prof["tmx"])),
          ("Date", prof["date"]), ("Message-ID", prof["mid"]),
          ("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
          ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]
    h += extra or []
    h.append(("MIME-Version", "1.0"))
    return h


def exch_alt(r, text, charset="iso-8859-1", cte="quoted-printable", html=None, html_cs=None):
    html = html or outlook_html(text.split("\n"), html_cs or charset)
    return Multi("alternative", [Part("text/plain", text, charset, cte),
                                 Part("text/html", html, html_cs or charset, "quoted-printable")],
                 boundary(r, "exchange", 0))


def lief_invoice_pdf(t):
    return pdf([{"t": "Lieferant GmbH", "s": 16, "b": True},
                {"t": "Kfz-Teile-Großhandel · Derchinger Straße 120 · 86165 Augsburg", "s": 8}, "",
                "Example Group GmbH", "Kreditorenbuchhaltung", "Landsberger Straße 412", "81241 München", "",
                {"t": "Rechnung RE-2026-19044", "s": 13, "b": True},
                [(56, "Rechnungsdatum: 17.11.2026"), (300, "Kundennr.: 20417")],
                [(56, "Ihre Bestellung: 4500218877"), (300, "Lieferschein: 8812407")], "",
                [(56, "Pos."), (90, "Artikel"), (330, "Menge"), (390, "Einzelpreis"), (480, "Gesamt")],
                [(56, "1"), (90, "Bremsscheibe VA 0986479S12"), (330, "24"), (390, "38,90"), (480, "933,60")],
                [(56, "2"), (90, "Bremsbelagsatz VA 0986494882"), (330, "12"), (390, "42,15"), (480, "505,80")],
                [(56, "3"), (90, "Teillieferung, Rest folgt KW 48"), (330, ""), (390, ""), (480, "")],
                [(56, "4"), (90, "Frachtpauschale"), (330, "1"), (390, "24,50"), (480, "24,50")],
                [(56, "5"), (90, "Frachtpauschale"), (330, "1"), (390, "24,50"), (480, "24,50")], "",
                [(330, "Netto"), (480, "1.488,40")], [(330, "USt 19 %"), (480, "282,80")],
                [(330, "Gesamtbetrag EUR"), (480, "1.771,20")], "",
                "Zahlbar bis 17.12.2026 ohne Abzug.",
                "Bankverbindung: Stadtsparkasse Augsburg · IBAN " + B.fmt_iban(LIEF_OLD) + " · BIC AUGSDE77XXX",
                {"t": "Lieferant GmbH · Sitz Augsburg · HRB 31874 · USt-IdNr. " + LIEF_UST + " · GF: Stefan Maier, Andrea Lindner", "s": 7}],
               t, title="Rechnung RE-2026-19044", author="Lieferant GmbH", producer="SAP NetWeaver 7.50",
               creator="SAP Smart Forms")


@register("business", 1, "de", "lieferant-teillieferung-rechnung",
          "Petra Lang (Lieferant GmbH) reports the partial delivery in the running backlog thread and attaches invoice RE-2026-19044 as PDF.",
          "Real correspondent address, Lieferant's Microsoft 365 tenant, correct thread references, invoice attached as PDF with the known bank account; nothing to log in to.",
          pair=[8])
def b01(r):
    t = T(2026, 11, 17, 10, 18, 27, "DE")
    rcpt = P("proc").addr
    prof = S.o365(r, t, rcpt, "eur", tenant=LIEFERANT_TENANT, srv=LIEF_SRV)
    quoted = ("Von: Petra Lang <p.lang@lieferant-gmbh.de>\nGesendet: Donnerstag, 12. November 2026 11:40\n"
              "An: Markus Göbel <markus.goebel@example.com>\nBetreff: AW: " + SUBJ + "\n\n" + M2_TEXT + "\n\n"
              "Von: Markus Göbel <markus.goebel@example.com>\nGesendet: Donnerstag, 12. November 2026 09:14\n"
              "An: Petra Lang <p.lang@lieferant-gmbh.de>\nBetreff: " + SUBJ + "\n\n" + M1_TEXT)
    text = B01_TEXT + "\n\n" + lieferant_sig_petra() + "\n\n" + quoted + "\n"
    html = outlook_html((B01_TEXT + "\n\n" + lieferant_sig_petra()).split("\n"), "windows-1252")
    html = html.replace("</div>\n</body>", '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s</p></div>\n</div>\n</body>'
                        % esc(quoted).replace("\n", "<br>\n"))
    alt = Multi("alternative", [Part("text/plain", text, "windows-1252", "quoted-printable"),
                                Part("text/html", html, "windows-1252", "quoted-printable")], boundary(r, "exchange", 0))
    body = Multi("mixed", [alt, Part("application/pdf", lief_invoice_pdf(t), filename="RE-2026-19044.pdf")],
                 boundary(r, "exchange", 4))
    hdrs = [("From", addr("Petra Lang", "p.lang@lieferant-gmbh.de")),
            ("To", addr("Markus Göbel", rcpt, "windows-1252", "Q")),
            ("Subject", hdr_text("AW: " + SUBJ, "windows-1252", "Q")),
            ("Thread-Topic", hdr_text(SUBJ, "windows-1252", "Q")),
            ("Thread-Index", thread_index(r, t)),
            ("Date", prof["date"]), ("Message-ID", B01_MID), ("References", "%s %s" % (M1, M2)),
            ("In-Reply-To", M2), ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
            ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="p.lang@lieferant-gmbh.de")


@register("business", 2, "de", "lieferant-bankverbindung-vorankuendigung",
          "Lieferant GmbH's managing director announces, a month in advance, the move of its house bank on 1 Jan 2027, with signed letter, both accounts, and the request to verify by phone via the known switchboard number.",
          "Genuine sender (s.maier@lieferant-gmbh.de, Lieferant's M365 tenant); long notice, old account stays valid until 31 March 2027, account holder unchanged (VoP matches), explicitly asks for call-back verification via a known number - the opposite pattern of attack 02.",
          pair=[2])
def b02(r):
    t = T(2026, 12, 1, 9, 32, 5, "DE")
    rcpt = P("ap").addr
    prof = S.o365(r, t, rcpt, "eur", tenant=LIEFERANT_TENANT, srv="FR2P281MB1187.DEUP281.PROD.OUTLOOK.COM")
    text = """Sehr geehrter Herr Baumgärtner,

wie bereits in unserem Kundenrundschreiben vom Oktober angekündigt, bündeln wir zum Jahreswechsel unseren Zahlungsverkehr bei der Kreissparkasse Augsburg. Ab dem 01.01.2027 bitten wir Sie daher, Zahlungen auf folgende Bankverbindung zu leisten:

Kontoinhaber: Lieferant GmbH
Kreissparkasse Augsburg
IBAN: %s
BIC: BYLADEM1AUG

Die bisherige Verbindung bei der Stadtsparkasse Augsburg (IBAN %s) bleibt bis zum 31.03.2027 parallel bestehen; Zahlungen, die dort eingehen, werden selbstverständlich weiterhin zugeordnet. Der Kontoinhaber bleibt unverändert die Lieferant GmbH, die Empfängerüberprüfung Ihrer Bank wird also eine Übereinstimmung melden.

Die neue Bankverbindung steht ab Januar auf allen Rechnungen. Das unterschriebene Schreiben hänge ich Ihnen an; das Original geht zusätzlich per Post an Ihre Buchhaltung.

Bitte verifizieren Sie die Änderung – wie in Ihrer Lieferantenrichtlinie vorgesehen – telefonisch über unsere Zentrale unter +49 821 7498 30 oder direkt bei mir. Bitte verwenden Sie dafür die Ihnen bekannte Nummer und nicht eine Nummer aus einer E-Mail.

Mit freundlichen Grüßen

Stefan Maier
Geschäftsführer

Lieferant GmbH
Kfz-Teile-Großhandel
Derchinger Straße 120 · 86165 Augsburg
Tel. +49 821 7498 30 · www.lieferant-gmbh.de
Sitz Augsburg · Amtsgericht Augsburg HRB 31874 · USt-IdNr. %s
Geschäftsführer: Stefan Maier, Andrea Lindner
""" % (B.fmt_iban(LIEF_NEW), B.fmt_iban(LIEF_OLD), LIEF_UST)
    letter = pdf([{"t": "Lieferant GmbH", "s": 16, "b": True},
                  {"t": "Kfz-Teile-Großhandel · Derchinger Straße 120 · 86165 Augsburg", "s": 8}, "",
                  "Example Group GmbH", "Kreditorenbuchhaltung", "Landsberger Straße 412", "81241 München", "",
                  [(400, "Augsburg, 30.11.2026")], "",
                  {"t": "Änderung unserer Bankverbindung zum 01.01.2027", "s": 12, "b": True}, "",
                  "Sehr geehrte Damen und Herren,",
                  "zum 01.01.2027 wechseln wir unsere Hausbank. Bitte leisten Sie Zahlungen ab diesem Datum auf folgendes Konto:",
                  "", "Kontoinhaber: Lieferant GmbH", "Kreissparkasse Augsburg",
                  "IBAN: " + B.fmt_iban(LIEF_NEW), "BIC: BYLADEM1AUG", "",
                  "Die bisherige Bankverbindung bei der Stadtsparkasse Augsburg bleibt bis zum 31.03.2027 bestehen.",
                  "Zur Verifizierung erreichen Sie uns unter der Ihnen bekannten Rufnummer +49 821 7498 30.", "",
                  "Mit freundlichen Grüßen", "", "Stefan Maier                 Andrea Lindner",
                  "Geschäftsführer              Geschäftsführerin"], t,
                 title="Bankverbindung 2027", author="Stefan Maier", producer="Adobe PDF Library 24.4.157",
                 creator="Acrobat PDFMaker 24 für Word")
    html = outlook_html(text.split("\n"), "windows-1252")
    alt = Multi("alternative", [Part("text/plain", text, "windows-1252", "quoted-printable"),
                                Part("text/html", html, "windows-1252", "quoted-printable")], boundary(r, "exchange", 0))
    body = Multi("mixed", [alt, Part("application/pdf", letter, filename="Lieferant_GmbH_Bankverbindung_2027.pdf")],
                 boundary(r, "exchange", 4))
    hdrs = [("From", addr("Stefan Maier", "s.maier@lieferant-gmbh.de")),
            ("To", addr("Jürgen Baumgärtner", rcpt, "windows-1252", "Q")),
            ("Cc", addr("Buchhaltung", "rechnungen@lieferant-gmbh.de")),
            ("Subject", hdr_text("Änderung unserer Bankverbindung zum 01.01.2027 - Vorankündigung", "windows-1252", "Q")),
            ("Thread-Topic", hdr_text("Änderung unserer Bankverbindung zum 01.01.2027 - Vorankündigung", "windows-1252", "Q")),
            ("Thread-Index", thread_index(r, t)),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("Accept-Language", "de-DE, en-US"),
            ("Content-Language", "de-DE"), ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="s.maier@lieferant-gmbh.de")


@register("business", 3, "de", "ceo-dringende-anzahlung-intern",
          "The CEO asks the CFO (internal mail) to release an urgent down payment for an additional vehicle allocation today before 15:00.",
          "Internal path mail-int01 <- Exchange (mapi); refers to a pro-forma already in the DMS and checked by AP, the known creditor bank account, the normal four-eyes release, and invites a phone call - urgent but inside the process. Hard negative for the CEO-fraud/gift-card/WhatsApp attacks.",
          pair=[1, 14, 28])
def b03(r):
    t = T(2026, 12, 4, 11, 47, 33, "DE")
    rcpt = P("cfo").addr
    prof = S.internal(r, t, rcpt, "EXCH02", 12)
    text = """Hallo Sabine,

die Herstellerbank hat mir eben bestätigt, dass wir die 24 zusätzlichen Fahrzeuge aus dem Q1-Kontingent bekommen, wenn die Anzahlung bis heute 15 Uhr eingeht. Die Proforma-Rechnung (PR-2026-88107, 186.400,00 EUR) liegt seit heute früh im DMS im Eingangskorb Kreditoren, Jürgen hat sie schon gegen den Rahmenvertrag geprüft.

Bitte gib die Zahlung wie üblich im Vier-Augen-Prinzip frei - die Bankverbindung ist die bekannte aus dem Kreditorenstamm, nichts Neues. Falls etwas unklar ist, ruf mich gerne auf dem Handy an, ich bin bis 13 Uhr im Haus.

Danke dir!
Matthias

--
Dr. Matthias Köhler
Geschäftsführer
Example Group GmbH · Landsberger Straße 412 · 81241 München
Tel. +49 89 5523 1000
"""
    body = exch_alt(r, text)
    hdrs = internal_hdrs(prof, A("ceo", "iso-8859-1"), A("cfo", "iso-8859-1"),
                         "Dringend: Anzahlung Fahrzeugkontingent Q1 - heute noch freigeben",
                         cc=A("ap", "iso-8859-1"), extra=[("Importance", "high"), ("X-Priority", "1")])
    return assemble(r, prof, rcpt, hdrs, body, env=P("ceo").addr)


@register("business", 4, "de", "it-hinweis-mfa-nummernabgleich",
          "IT security (Lena Vogt) announces the switch of MFA to number matching, with a QR code to the intranet guide and a warning that IT never asks for logins by mail, link, QR code or external callers.",
          "Internal relay path, sender is the real mail admin, QR code and link point only to intranet.example.com; no credential request, no deadline threat. Hard negative for the quishing and helpdesk-vishing attacks.",
          pair=[4, 16])
def b04(r):
    t = T(2026, 11, 2, 8, 5, 41, "DE")
    rcpt = P("fleet").addr
    prof = S.internal(r, t, rcpt, "EXCH01", 11)
    url = "https://intranet.example.com/it/sicherheit/mfa-nummernabgleich"
    png = qr_png(url, 4)
    text = """Liebe Kolleginnen und Kollegen,

ab Montag, 16.11.2026, stellen wir die Mehrfaktor-Anmeldung für Outlook, Teams und das DMS auf den Nummernabgleich um: Bei der Anmeldung zeigt Ihr Bildschirm eine zweistellige Zahl, die Sie in der Microsoft-Authenticator-App eingeben.

Sie müssen dafür nichts neu registrieren und nichts vorab tun. Eine bebilderte Anleitung finden Sie im Intranet unter
%s
(der QR-Code in der HTML-Ansicht führt auf dieselbe Seite; sie ist nur im Firmennetz oder per VPN erreichbar).

Bitte beachten Sie:
- Die IT fordert Sie nie per E-Mail, Link oder QR-Code auf, sich anzumelden oder Ihre Authenticator-Registrierung zu "erneuern".
- Bestätigen Sie keine Anmeldeanfrage, die Sie nicht selbst ausgelöst haben, und geben Sie keine Codes weiter.
- Wir rufen Sie nicht über externe Teams-Konten an und bitten Sie nie, Quick Assist oder andere Fernwartungsprogramme zu starten.

Verdächtige Nachrichten bitte über den Button "Phishing melden" in Outlook melden oder an it-sicherheit@example.com weiterleiten. Fragen beantwortet die IT-Hotline unter Durchwahl 1999.

Viele Grüße
Lena Vogt
IT-Sicherheit & Mail-Administration
Example Group GmbH
""" % url
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" +
            "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in text.split("\n\n")[:2]) +
            "<p>Eine bebilderte Anleitung finden Sie im Intranet: <a href=\"%s\">%s</a><br>Oder scannen Sie den QR-Code (nur im Firmennetz / VPN):</p>\n"
            "<p><img src=\"cid:image001.png@01DB2C8E.5A1F0E40\" width=\"156\" height=\"156\" alt=\"QR-Code Intranet-Anleitung\"></p>\n" % (url, url) +
            "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in text.split("\n\n")[4:]) +
            "</body></html>\n")
    alt = Multi("alternative", [Part("text/plain", text, "iso-8859-1", "quoted-printable"),
                                Part("text/html", html, "utf-8", "base64")], boundary(r, "exchange", 1))
    rel = Multi("related", [alt, Part("image/png", png, filename="image001.png", disposition="inline",
                                      cid="image001.png@01DB2C8E.5A1F0E40")], boundary(r, "exchange", 0),
                params=['type="multipart/alternative"'])
    hdrs = internal_hdrs(prof, A("itsec"), addr("Alle Mitarbeitenden München", "alle-muenchen@example.com"),
                         "IT-Hinweis: Umstellung der Mehrfaktor-Anmeldung auf Nummernabgleich ab 16.11.",
                         attach=True)
    return assemble(r, prof, rcpt, hdrs, rel, env=P("itsec").addr)


@register("business", 5, "de", "krankmeldung-privatadresse",
          "The workshop manager reports sick from his private web.de address (iPhone) and asks HR to tell the foreman to take over the morning meeting.",
          "Private address known to HR (s.huber82@web.de), sent from the iPhone via web.de SMTP; no bank data, no money, refers to the electronic sick note (eAU) that HR retrieves itself. Hard negative for payroll diversion (attack 06).",
          pair=[6])
def b05(r):
    t = T(2026, 11, 23, 6, 41, 15, "DE")
    rcpt = P("hr").addr
    prof = S.gmx(r, t, rcpt, "web.de", "80.187.96.14", mode="app")
    text = """Guten Morgen Katrin,

ich liege seit gestern Abend mit Fieber flach und war eben beim Bereitschaftsarzt - bin erst mal bis einschließlich Mittwoch krankgeschrieben. Die AU ist elektronisch an die Kasse gemeldet, ihr könnt sie wie immer abrufen.

Ich schreibe von privat, weil ich das Firmenhandy im Büro liegen gelassen habe. Kannst du bitte Jonas Bescheid geben, dass er heute die Frühbesprechung in der Werkstatt übernimmt? Die Termine stehen im DMS.

Danke und Gruß
Stefan

Von meinem iPhone gesendet
"""
    body = Part("text/plain", text, "utf-8", "quoted-printable", quote_charset=False)
    hdrs = [("Content-Transfer-Encoding", None),
            ("From", addr("Stefan Huber", "s.huber82@web.de")), ("Mime-Version", "1.0 (1.0)"),
            ("Date", prof["date"]), ("Subject", "Krankmeldung bis Mittwoch"),
            ("Message-Id", prof["mid"]), ("To", addr("Katrin Schäfer", rcpt, "utf-8", "Q")),
            ("X-Mailer", "iPhone Mail (22B91)")]
    return assemble(r, prof, rcpt, hdrs, body, env="s.huber82@web.de")


@register("business", 6, "de", "reifen-sauter-mahnung-liefersperre",
          "Third dunning letter from the tyre wholesaler with the threat of a supply stop in the winter-tyre season; account statement PDF.",
          "Known supplier, own mail server, same bank account as always, lists earlier reminders, invites to call and explicitly allows for crossed payments - aggressive but legitimate. Hard negative for the fake collection notice (attack 07).",
          pair=[7])
def b06(r):
    t = T(2026, 11, 12, 15, 20, 48, "DE")
    rcpt = P("ap").addr
    prof = S.own_postfix(r, t, rcpt, "mail.reifen-sauter.de", "mail.reifen-sauter.de", "91.205.174.36",
                         client_ip="87.191.40.226", mua="outlook", domain="reifen-sauter.de",
                         auth="buchhaltung@reifen-sauter.de", client_helo="PC-BUHA02")
    iban = B.de_iban("74350000", "20871436")
    text = """Sehr geehrter Herr Baumgärtner,

trotz unserer Zahlungserinnerung vom 15.10. und der 2. Mahnung vom 29.10.2026 sind auf Ihrem Kundenkonto 10472 weiterhin folgende Rechnungen offen:

RE 26-41877 vom 02.09.2026   11.842,30 EUR (Winterreifen-Vorlieferung)
RE 26-42215 vom 16.09.2026    7.316,88 EUR
RE 26-42590 vom 30.09.2026    4.209,15 EUR
Summe                        23.368,33 EUR

Da Ihr Kreditlimit damit überschritten ist, sind wir gezwungen, ab Freitag, 20.11.2026, weitere Lieferungen - auch die bereits disponierten Winterkompletträder für Ihre Standorte München und Freising - nur noch gegen Vorkasse auszuführen. Das möchten wir gerade jetzt in der Umrüstsaison gerne vermeiden.

Bitte überweisen Sie den offenen Betrag auf unser bekanntes Konto bei der Sparkasse Landshut (IBAN %s). Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen zu einzelnen Posten erreichen Sie mich unter 0871 96 77 2-30.

Den aktuellen Kontoauszug finden Sie im Anhang.

Mit freundlichen Grüßen

Brigitte Haas
Buchhaltung

Reifen Sauter KG
Porschestraße 14 · 84030 Landshut
Tel. 0871 96 77 2-30 · Fax 0871 96 77 2-99
buchhaltung@reifen-sauter.de · www.reifen-sauter.de
Persönlich haftende Gesellschafterin: Sauter Verwaltungs GmbH · AG Landshut HRA 8812
""" % B.fmt_iban(iban)
    stmt = pdf([{"t": "Reifen Sauter KG", "s": 15, "b": True}, {"t": "Porschestraße 14 · 84030 Landshut", "s": 8}, "",
                {"t": "3. Mahnung / Kontoauszug Kunde 10472 - Example Group GmbH", "s": 12, "b": True},
                "Stand: 12.11.2026", "",
                [(56, "Beleg"), (160, "Datum"), (260, "fällig"), (360, "Betrag EUR")],
                [(56, "RE 26-41877"), (160, "02.09.2026"), (260, "02.10.2026"), (360, "11.842,30")],
                [(56, "RE 26-42215"), (160, "16.09.2026"), (260, "16.10.2026"), (360, "7.316,88")],
                [(56, "RE 26-42590"), (160, "30.09.2026"), (260, "30.10.2026"), (360, "4.209,15")],
                [(56, "Summe"), (360, "23.368,33")], "",
                "Ab 20.11.2026 Lieferung nur gegen Vorkasse. Bankverbindung: Sparkasse Landshut, IBAN " + B.fmt_iban(iban)],
               t, title="Kontoauszug 10472", producer="Microsoft Dynamics NAV")
    html = outlook_html(text.split("\n"), "windows-1252", "Arial", "10.0pt")
    alt = Multi("alternative", [Part("text/plain", text, "windows-1252", "quoted-printable"),
                                Part("text/html", html, "windows-1252", "quoted-printable")], boundary(r, "outlook", 1))
    body = Multi("mixed", [alt, Part("application/pdf", stmt, filename="Mahnung_3_Kunde_10472.pdf")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Buchhaltung Reifen Sauter KG", "buchhaltung@reifen-sauter.de")),
            ("To", addr("Jürgen Baumgärtner", rcpt, "windows-1252", "Q")),
            ("Cc", "%s, %s" % (addr("Markus Göbel", P("proc").addr, "windows-1252", "Q"),
                               addr("Tobias Sauter", "t.sauter@reifen-sauter.de"))),
            ("Subject", hdr_text("3. Mahnung - Kundennr. 10472 - Lieferung nur gegen Vorkasse ab 20.11.2026", "windows-1252", "Q")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, t)),
            ("Content-Language", "de"), ("Importance", "High")]
    return assemble(r, prof, rcpt, hdrs, body, env="buchhaltung@reifen-sauter.de")


@register("business", 7, "de", "kundenbeschwerde-inspektion-gmx",
          "A private customer complains via GMX webmail about a workshop invoice (brake-fluid change charged but not done, car pulling to the right) and asks for a call back.",
          "Ordinary customer complaint from a consumer mailbox via GMX infrastructure; refers to a real job number, no links, no attachments, no payment request.")
def b07(r):
    t = T(2026, 10, 10, 10, 12, 36, "DE")
    rcpt = P("workshop").addr
    prof = S.gmx(r, t, rcpt, "gmx.de", "84.150.31.77", mode="webmail")
    text = """Sehr geehrter Herr Huber,

am Mittwoch, 07.10., war mein Golf (M-HB 4721) bei Ihnen zur Inspektion. Auf der Rechnung 2026-W-18834 ist ein Bremsflüssigkeitswechsel mit 89,40 EUR aufgeführt. Im Serviceheft ist dieser Wechsel aber nicht eingetragen, und der Aufkleber im Motorraum zeigt noch das Datum von 2024. Ich gehe deshalb davon aus, dass die Arbeit nicht gemacht wurde.

Außerdem zieht der Wagen seit der Inspektion beim Bremsen leicht nach rechts. Vorher war das nicht so.

Ich bitte um Klärung und gegebenenfalls um eine Gutschrift. Einen Termin zur Nachkontrolle nehme ich gern wahr, am besten an einem Vormittag. Sie erreichen mich unter 0176 4418 2290.

Mit freundlichen Grüßen
Helmut Brückner
"""
    body = Part("text/plain", text, "iso-8859-15", "quoted-printable", quote_charset=False)
    hdrs = [("MIME-Version", "1.0"), ("Message-ID", prof["mid"]),
            ("From", addr("Helmut Brückner", "h.brueckner@gmx.de", "iso-8859-15", "Q")),
            ("To", rcpt),
            ("Subject", hdr_text("Beschwerde Inspektion vom 07.10. / Rechnung 2026-W-18834", "iso-8859-15", "Q")),
            ("Date", prof["date"])]
    return assemble(r, prof, rcpt, hdrs, body, env="h.brueckner@gmx.de")


@register("business", 8, "de", "newsletter-autohandel-cleverreach",
          "Subscribed trade newsletter 'AutoHandel Aktuell' (used-car prices, EV residual values, workshop news) sent via CleverReach with List-Unsubscribe and one-click unsubscribe.",
          "Subscribed newsletter from a German ESP with proper List-Unsubscribe/List-Unsubscribe-Post, tracking links on the ESP's domain, imprint; marketing, not malicious. Hard negative for the dealer-portal phishing (attack 05).",
          pair=[5])
def b08(r):
    t = T(2026, 11, 12, 6, 30, 0, "DE")
    rcpt = P("usedcars").addr
    prof = S.cleverreach(r, t, rcpt, "214877")
    trk = "https://seu2.cleverreach.com/c/%s/%s" % (r.digits(8), r.hex(12))
    unsub = "https://seu2.cleverreach.com/rmftlp.php?cid=%s&c=%s&h=%s" % (r.digits(7), r.digits(6), r.hex(16))
    items = [("Gebrauchtwagenpreise im Oktober: E-Auto-Restwerte stabilisieren sich",
              "Nach zwei schwachen Jahren ziehen die Restwerte drei Jahre alter Elektrofahrzeuge leicht an. Verbrenner bleiben stabil, Plug-in-Hybride verlieren weiter."),
             ("Werkstatt: Fachkräftemangel bei Hochvolt-Technikern",
              "Jeder zweite Betrieb sucht qualifiziertes Personal für HV-Arbeiten. Was Förderprogramme für die Qualifizierung bieten."),
             ("Recht: Sachmängelhaftung beim Händlerverkauf an Verbraucher",
              "Was die aktuelle BGH-Rechtsprechung zur Beweislastumkehr für den Gebrauchtwagenhandel bedeutet.")]
    text = "AutoHandel Aktuell - Ausgabe 46/2026\n\n" + "\n\n".join(
        "%s\n%s\nWeiterlesen: %s" % (a, b, trk) for a, b in items) + \
        "\n\nSie erhalten diesen Newsletter, weil Sie ihn am 14.03.2024 mit %s abonniert haben.\nAbmelden: %s\n\nAutoHandel Aktuell · Fachverlag Mobil Medien GmbH · Heilbronner Str. 88 · 70191 Stuttgart\n" % (rcpt, unsub)
    html = html_page("""<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eeeeee"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="background:#12355b;color:#fff;padding:18px 24px;font-size:24px">AutoHandel <b>Aktuell</b><br><span style="font-size:13px;font-family:Arial">Ausgabe 46/2026</span></td></tr>
%s
<tr><td style="padding:18px 24px;font-size:11px;color:#777;font-family:Arial">Sie erhalten diesen Newsletter, weil Sie ihn am 14.03.2024 mit %s abonniert haben. <a href="%s">Abmelden</a><br>AutoHandel Aktuell · Fachverlag Mobil Medien GmbH · Heilbronner Str. 88 · 70191 Stuttgart</td></tr>
</table></td></tr></table><img src="https://seu2.cleverreach.com/tr/o/%s" width="1" height="1" alt="">""" % (
        "\n".join('<tr><td style="padding:18px 24px;border-bottom:1px solid #ddd"><div style="font-size:19px;color:#12355b">%s</div><p style="font-size:15px;color:#333">%s</p><a href="%s" style="font-family:Arial;font-size:14px">Weiterlesen &rsaquo;</a></td></tr>' % (esc(a), esc(b), trk) for a, b in items),
        rcpt, unsub, r.hex(24)))
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "generic"))
    hdrs = [("Date", prof["date"]), ("From", addr("AutoHandel Aktuell", "newsletter@autohandel-aktuell.de")),
            ("Reply-To", "redaktion@autohandel-aktuell.de"), ("To", rcpt),
            ("Subject", hdr_text("Restwerte, HV-Fachkräfte, Sachmängelhaftung – AutoHandel Aktuell 46/2026", "utf-8", "Q")),
            ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("List-Unsubscribe", "<%s>, <mailto:unsubscribe-214877-%s@crsend.com>" % (unsub, r.hex(10))),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("List-Id", "<214877.autohandel-aktuell.crsend.com>"), ("Precedence", "bulk")]
    return assemble(r, prof, rcpt, hdrs, alt)


# ====================================================================== English
@register("business", 9, "en", "docusign-fleet-lease-envelope",
          "Genuine DocuSign envelope from the fleet customer Holloway Building Services: 'Please DocuSign: HBS - Fleet Lease Schedule 3'.",
          "Sent by DocuSign's EU infrastructure (dse@eumail.docusign.net) on behalf of the known customer, Reply-To the customer, link to eu.docusign.net, no attachment. Hard negative for attack 09.",
          pair=[9])
def b09(r):
    t = T(2026, 11, 24, 15, 2, 49, "UK")
    rcpt = P("uk_mgr").addr
    prof = S.docusign_eu(r, t, rcpt)
    g = [r.uuid() for _ in range(3)]
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % tuple(g)
    text = """Priya Shah sent you a document to review and sign.

REVIEW DOCUMENT: %s

Priya Shah
priya.shah@hollowaybuild.co.uk

Hi James, please find Schedule 3 for the twelve Transit Customs as agreed on Friday. Thanks, Priya

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""" % (link, r.hex(32, True) + "2")
    html = html_page("""<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 24px 0 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" width="116" alt="Docusign"></td></tr>
<tr><td style="padding:20px 24px"><table width="100%%" style="background:#1e4ca1;color:#fff"><tr><td align="center" style="padding:28px;font-size:16px">Priya Shah sent you a document to review and sign.<br><br>
<a href="%s" style="background:#ffc820;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold;border-radius:2px">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:0 24px 18px 24px;font-size:15px;color:#333"><b>Priya Shah</b><br>priya.shah@hollowaybuild.co.uk<br><br>Hi James, please find Schedule 3 for the twelve Transit Customs as agreed on Friday. Thanks, Priya</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</td></tr>
</table></td></tr></table>""" % link)
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "javamail"))
    hdrs = [("Date", prof["date"]), ("From", addr("Priya Shah via Docusign", "dse@eumail.docusign.net")),
            ("Reply-To", addr("Priya Shah", "priya.shah@hollowaybuild.co.uk")),
            ("To", addr("James Whitfield", rcpt)), ("Message-ID", prof["mid"]),
            ("Subject", "Please DocuSign: HBS - Fleet Lease Schedule 3 (12 x Ford Transit Custom)"),
            ("MIME-Version", "1.0"), ("X-Api-Host", "eu.docusign.net"),
            ("X-DocuSign-EnvelopeId", g[0])]
    return assemble(r, prof, rcpt, hdrs, alt)


@register("business", 10, "en", "microsoft-account-unusual-signin",
          "Genuine Microsoft account security alert about an unusual sign-in (IT head's Microsoft account used for Azure/Visual Studio).",
          "Real accountprotection.microsoft.com sender over Microsoft's outbound infrastructure; links only to account.live.com; the classic template phishers imitate, here authentic.",
          pair=[16])
def b10(r):
    t = T(2026, 11, 15, 19, 44, 8, "UTC")
    rcpt = P("ithead").addr
    prof = S.ms_accountprotection(r, t, rcpt)
    text = """Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account th*****@example.com.

Sign-in details

Country/region: Netherlands
IP address: 185.107.94.12
Date: 15/11/2026 19:41 (GMT)
Platform: Windows
Browser: Chrome

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

Review recent activity: https://account.live.com/Activity

To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team
"""
    html = html_page("""<table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec">Unusual sign-in activity</td></tr>
<tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:th*****@example.com">th*****@example.com</a>.</td></tr>
<tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a"><b>Sign-in details</b><br>Country/region: Netherlands<br>IP address: 185.107.94.12<br>Date: 15/11/2026 19:41 (GMT)<br>Platform: Windows<br>Browser: Chrome</td></tr>
<tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.</td></tr>
<tr><td style="padding:25px 0 0 0"><a style="background-color:#2672ec;color:#fff;padding:5px 20px;font-family:'Segoe UI Semibold',Arial,sans-serif;font-size:14px;text-decoration:none" href="https://account.live.com/Activity">Review recent activity</a></td></tr>
<tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">To opt out or change where you receive security notifications, <a style="color:#2672ec;text-decoration:none" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
<tr><td style="padding:25px 0 0 0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Thanks,<br>The Microsoft account team</td></tr></table>""")
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "generic"))
    hdrs = [("From", addr("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com")),
            ("To", rcpt), ("Subject", "Microsoft account unusual sign-in activity"),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-MS-PublicTrafficType", "Email")]
    return assemble(r, prof, rcpt, hdrs, alt)


@register("business", 11, "en", "github-password-reset",
          "Genuine GitHub password-reset mail requested by the head of IT.",
          "Sent by GitHub's own SMTP (out-*.smtp.github.com) from noreply@github.com, link to github.com/password_reset only, 3-hour expiry as in GitHub's template; user-initiated.")
def b11(r):
    t = T(2026, 10, 7, 7, 12, 33, "USP")
    rcpt = P("ithead").addr
    prof = S.github(r, t, rcpt)
    tok = r.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    text = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    html = html_page("""<div style="max-width:544px;margin:0 auto;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<p style="font-size:24px;text-align:center">Reset your GitHub password</p>
<div style="border:1px solid #d0d7de;border-radius:6px;padding:24px">
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don&#39;t worry! You can use the following button to reset your password:</p>
<p style="text-align:center"><a href="https://github.com/password_reset/%s" style="background:#1f883d;color:#fff;padding:8px 18px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>
<p>If you don&#39;t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p></div></div>""" % tok)
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "7bit"),
                                Part("text/html", html, "UTF-8", "quoted-printable")],
                "--==_mimepart_%s_%d" % (r.hex(13), r.randrange(10 ** 5, 10 ** 6)))
    hdrs = [("Date", prof["date"]), ("From", addr("GitHub", "noreply@github.com")), ("To", rcpt),
            ("Message-ID", prof["mid"]), ("Subject", "[GitHub] Please reset your password"),
            ("Mime-Version", "1.0"), ("X-Auto-Response-Suppress", "All")]
    return assemble(r, prof, rcpt, hdrs, alt)


def ics_request(r, uid, summary, start, end, organizer, attendees, desc, location):
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
             "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
             "END:VTIMEZONE", "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (cn, em))
    lines += ["DESCRIPTION;LANGUAGE=en-GB:" + desc.replace("\n", "\\n").replace(",", "\\,"),
              "UID:" + uid, "SUMMARY;LANGUAGE=en-GB:" + summary,
              "DTSTART;TZID=GMT Standard Time:" + start, "DTEND;TZID=GMT Standard Time:" + end,
              "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261105T103000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:" + location,
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:" + location,
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:                     # RFC 5545 line folding at 75 octets
        while len(ln) > 75:
            out.append(ln[:75])
            ln = " " + ln[75:]
        out.append(ln)
    return "\n".join(out) + "\n"


@register("business", 12, "en", "carrier-teams-meeting-invite",
          "Gary Dawson (Midlands Vehicle Logistics) sends a Teams meeting invitation for the quarterly review (text, HTML and text/calendar REQUEST).",
          "Genuine carrier domain midlandsvl.co.uk on its Microsoft 365 tenant; standard Teams join link on teams.microsoft.com and an iCalendar part; no code to enter, no sign-in request. Hard negative for the device-code attack 13.",
          pair=[13])
def b12(r):
    t = T(2026, 11, 5, 10, 30, 12, "UK")
    rcpt = P("uk_mgr").addr
    tenant = "5c1e9a27-83b4-4f0d-b6e2-9d7a04c3f118"
    prof = S.o365(r, t, rcpt, "gbr", tenant=tenant, pfx="LO2P265MB", prod="GBRP265",
                  srv="LO2P265MB5521.GBRP265.PROD.OUTLOOK.COM")
    thread = r.alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    join = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
            % (thread, tenant, r.uuid()))
    mid_id = "%s %s" % (r.digits(3), r.digits(3)) + " " + r.digits(3) + " " + r.digits(3)
    pw = r.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    desc = ("Hi James,\n\nAs discussed, our quarterly review: volumes Q4, the Castle Bromwich/Solihull runs and the 2027 rates.\n\nCheers,\nGary\n\n"
            "________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: %s\nMeeting ID: %s\nPasscode: %s\n"
            "________________________________________________________________________________" % (join, mid_id, pw))
    text = desc + "\n"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt">Hi James,<br><br>As discussed, our quarterly review: volumes Q4, the Castle Bromwich/Solihull runs and the 2027 rates.<br><br>Cheers,<br>Gary</div>
<div style="width:100%%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
<div class="me-email-text" lang="en-GB" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-GB">Need help?</a></div>
<div style="margin-bottom:6px"><a class="me-email-headline" style="font-size:20px;font-weight:600;text-decoration:underline;color:#5B5FC7" href="%s" target="_blank" rel="noreferrer noopener">Join the meeting now</a></div>
<div style="margin-bottom:6px"><span style="font-size:14px;color:#616161">Meeting ID: </span><span style="font-size:14px;color:#252424">%s</span></div>
<div style="margin-bottom:32px"><span style="font-size:14px;color:#616161">Passcode: </span><span style="font-size:14px;color:#252424">%s</span></div>
<div style="font-size:12px;color:#616161">For organisers: <a href="https://teams.microsoft.com/meetingOptions/?organizerId=%s&amp;tenantId=%s">Meeting options</a></div></div>
<div style="width:100%%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
</body></html>
""" % (join, mid_id, pw, r.uuid(), tenant)
    ics = ics_request(r, "040000008200E00074C5B7101A82E008000000" + r.hex(32, True),
                      "Quarterly review - Example Group / MVL", "20261118T100000", "20261118T110000",
                      ("Gary Dawson", "gary.dawson@midlandsvl.co.uk"),
                      [("James Whitfield", rcpt), ("Sarah Collins", P("uk_acc").addr)], desc,
                      "Microsoft Teams Meeting")
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable"),
                                Part("text/calendar", ics, "utf-8", "base64", params=["method=REQUEST"])],
                boundary(r, "exchange", 0))
    hdrs = [("From", addr("Gary Dawson", "gary.dawson@midlandsvl.co.uk")),
            ("To", "%s, %s" % (addr("James Whitfield", rcpt), addr("Sarah Collins", P("uk_acc").addr))),
            ("Subject", "Quarterly review - Example Group / MVL"),
            ("Thread-Topic", "Quarterly review - Example Group / MVL"),
            ("Thread-Index", thread_index(r, t)), ("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt, env="gary.dawson@midlandsvl.co.uk")


@register("business", 13, "en", "uk-vat-return-submitted-internal",
          "The UK accountant confirms to the CFO (internal) that the VAT return 09/26 was filed via MTD software and the payment is scheduled; mentions that HMRC never e-mails links.",
          "Internal Exchange path, factual status report, no link, no request for credentials. Hard negative for the HMRC phishing (attack 10).",
          pair=[10])
def b13(r):
    t = T(2026, 11, 4, 16, 20, 2, "UK")
    rcpt = P("cfo").addr
    prof = S.internal(r, t, rcpt, "EXCH02", 12, client="10.60.4.%d")
    text = """Hi Sabine,

Quick update on the UK VAT return for the quarter ending 30 September 2026:

- Submitted on 2 November via our MTD bridging software; HMRC receipt ID 88412-X7Q3-2026.
- Net VAT payable: £84,212.37, due 7 November. The BACS payment from the Lloyds current account is scheduled for 5 November and approved in the banking portal (second approver: James).
- No penalty points on our account; the HMRC business tax account shows everything up to date.

As a reminder for the team: HMRC never sends penalty notices with sign-in links by e-mail. Anything like that goes straight to Lena.

Best regards,
Sarah

Sarah Collins
Accountant UK
Example Group UK Ltd · Unit 4, Kingsbury Road · Birmingham B24 9PT
T +44 121 384 2270 ext 205
"""
    body = exch_alt(r, text, "iso-8859-1", "quoted-printable")
    hdrs = internal_hdrs(prof, A("uk_acc"), A("cfo", "iso-8859-1"), "UK VAT return 09/26 submitted via MTD",
                         "iso-8859-1", lang="en-GB")
    return assemble(r, prof, rcpt, hdrs, body, env=P("uk_acc").addr)


@register("business", 14, "en", "christmas-vouchers-internal",
          "The CEO's assistant tells the office managers how to order staff Christmas vouchers (approved supplier, purchase order, delivery by post) and warns against gift-card requests by mail or text.",
          "Internal relay path; process-based (PO in the procurement portal, invoice to HQ), explicitly says management never asks to buy gift cards or send codes. Hard negative for the gift-card scam (attack 14).",
          pair=[14])
def b14(r):
    t = T(2026, 11, 30, 9, 15, 26, "DE")
    rcpt = P("uk_mgr").addr
    prof = S.internal(r, t, rcpt, "EXCH01", 11)
    text = """Dear colleagues,

as every year, each employee will receive a Christmas voucher as a thank-you from the management. This year the budget is EUR 70 (UK: £60) per employee.

Please order the vouchers for your office by 9 December through the approved supplier in the procurement portal (UK: Love2shop business account, all other offices: Edenred). Create a purchase order on cost centre 9100 "Staff gifts"; the invoice goes directly to HQ accounts payable. The vouchers are sent by post to your office address.

Please note: neither Matthias nor I will ever ask you by e-mail, text or WhatsApp to buy gift cards and send us photos of the codes. If you receive such a request, it is fraud - please forward it to it-sicherheit@example.com.

Thank you and kind regards,
Anja

Anja Hoffmann
Assistant to the CEO
Example Group GmbH · Landsberger Straße 412 · 81241 München
Tel. +49 89 5523 1001
"""
    body = exch_alt(r, text, "iso-8859-1", "quoted-printable")
    to = ", ".join(A(k, "iso-8859-1") for k in ("uk_mgr", "it_mgr", "pl_mgr", "es_mgr", "gr_mgr", "ru_mgr"))
    hdrs = internal_hdrs(prof, A("assist", "iso-8859-1"), to, "Christmas vouchers for staff 2026 - how to order",
                         "iso-8859-1", lang="en-US")
    return assemble(r, prof, rcpt, hdrs, body, env=P("assist").addr)


@register("business", 15, "en", "fleet-customer-complaint-transits",
          "Fleet customer Holloway Building Services complains that four of twelve Transit vans are late and asks for a firm delivery date, threatening to involve procurement.",
          "Known customer on its own Microsoft 365 tenant; an angry but ordinary complaint, no links, no attachments, no payment or credential request.")
def b15(r):
    t = T(2026, 10, 23, 16, 48, 55, "UK")
    rcpt = P("fleet").addr
    prof = S.o365(r, t, rcpt, "gbr", tenant="a2c7f0d3-6e41-4b8a-9f25-7c3e18d0b6a4", pfx="CWLP265MB",
                  prod="GBRP265", srv="CWLP265MB3318.GBRP265.PROD.OUTLOOK.COM")
    text = """Dear Florian, dear James,

I'm writing because we are still waiting for four of the twelve Ford Transit Custom vans ordered under Schedule 2 (our PO 4410-2026-117). The delivery date confirmed to us in August was 9 October. Since then we have had two new dates from your Birmingham team, both of which passed without delivery and without a call.

Our engineers are currently sharing vans, and we are paying for two hire vehicles every day. I need a firm delivery date in writing by Wednesday, 28 October. If that is not possible, I will have to pass the matter to our procurement director, who will look at the late-delivery clause in the framework agreement and at the allocation of next year's vans.

I'd appreciate a call tomorrow if either of you is available.

Kind regards,
Priya

Priya Shah
Fleet & Facilities Manager
Holloway Building Services Ltd
T: 0121 496 0731 | M: 07700 900614
"""
    html = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
%s</div>
</body>
</html>
""" % "<br>\n".join(esc(l) for l in text.split("\n"))
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "exchange", 0))
    hdrs = [("From", addr("Priya Shah", "priya.shah@hollowaybuild.co.uk")),
            ("To", "%s, %s" % (addr("Florian Dietz", rcpt), addr("James Whitfield", P("uk_mgr").addr))),
            ("Subject", "Transit Custom deliveries - still waiting (PO 4410-2026-117)"),
            ("Thread-Topic", "Transit Custom deliveries - still waiting (PO 4410-2026-117)"),
            ("Thread-Index", thread_index(r, t)), ("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt, env="priya.shah@hollowaybuild.co.uk")


@register("business", 16, "en", "laptop-broken-private-gmail",
          "The UK office manager writes from his personal Gmail that his work laptop is stuck on the BitLocker recovery screen and asks IT to call him.",
          "Colleague using private mail for a genuine reason; he explicitly asks to handle the recovery key by phone with verification, no link, no money. Hard negative for the gift-card and helpdesk-pretext attacks that also use free mail / IT themes.",
          pair=[14, 16])
def b16(r):
    t = T(2026, 11, 16, 7, 55, 19, "UK")
    rcpt = P("ithead").addr
    prof = S.gmail(r, t, rcpt)
    prof["date"] = fmt(t, "UK")
    text = """Hi Thomas,

I'm writing from my personal Gmail because my work laptop (EG-UK-LT-0142) is stuck on the BitLocker recovery screen after last night's update. It shows recovery key ID 4F2A1C07 and asks for the 48-digit key.

I'm in the office from 9. Could someone from the service desk call me on the office landline, 0121 384 2270 ext 201, or raise a ticket for me? Please don't send the key by e-mail - happy to go through the usual verification on the phone.

Thanks,
James
"""
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "7bit"),
                                Part("text/html", simple_html(text), "UTF-8", "quoted-printable")], boundary(r, "gmail"))
    hdrs = [("MIME-Version", "1.0"), ("From", addr("James Whitfield", "james.whitfield79@gmail.com")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("Subject", "Laptop won't boot - BitLocker recovery screen"),
            ("To", addr("Thomas Brandt", rcpt))]
    return assemble(r, prof, rcpt, hdrs, alt, env="james.whitfield79@gmail.com")
