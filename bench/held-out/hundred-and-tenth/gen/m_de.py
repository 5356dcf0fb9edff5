"""German messages: attacks 01-08, business 01-08."""
from kit import *

LANG = "de"
# ---------------------------------------------------------------- shared facts
LF_USTID = ids.de_ustid("29345678")
LF_OLD = ids.iban_de("29050101", "104471230")            # Sparkasse Bremen (genuine, old)
LF_NEW = ids.iban_de("29040090", "411820500")            # Commerzbank Bremen (genuine, new)
LF_FAKE = ids.iban_de("10011001", "262741983")           # N26 (attacker's mule account)
FK_FAKE = ids.iban_de("10011001", "284150377")           # N26 (payroll diversion)
PT_REG = ids.iban_pt("0033", "0000", "45387261905")      # Millennium bcp (register scam)
LF_SIG = ("Lieferant GmbH\nLuftfahrtnormteile & Verbrauchsmaterial\nFlughafendamm 42 · 28199 Bremen\n"
          "Tel. +49 421 5550 300 · Fax +49 421 5550 399 · www.lieferant-gmbh.de\n"
          "Geschäftsführer: Dieter Lammers · Amtsgericht Bremen HRB 34567 HB · USt-IdNr. %s" % LF_USTID)
ORDER = "4500018832"


def _lf_ionos_client(r):
    return "p5b%s.dip0.t-ipconnect.de" % hexs(r, 6), "91.%d.%d.%d" % (r.randrange(32, 63), r.randrange(1, 254), r.randrange(1, 254))


# ====================================================================== ATTACKS
def a01():
    m = Message("attack", 1, LANG, "ceo-fraud-vertrauliche-akquisition")
    t = U(2026, 10, 13, 9, 41, 12)
    snd, rcpt = "matthias.koehler@example-group.eu", "sabine.weiss@example.com"
    r = m.rng
    hop = postfix_hop(r, "localhost", "localhost", "127.0.0.1", "mail.example-group.eu", sec(t, 1),
                      proto="ESMTPSA", auth=snd, tls=None)
    e = direct(m, t, snd, rcpt, "mail.example-group.eu", "vps-5c1e7a2f.vps.ovh.net", "51.178.62.149", hops=[hop],
               ua="Roundcube Webmail/1.6.9", msgid="<%s@example-group.eu>" % hexs(r, 32), bstyle="roundcube",
               order=["MIME-Version", "Date", "From", "To", "Subject", "Message-ID", "X-Sender", "User-Agent"])
    e.set("X-Sender", snd)
    text = """Guten Morgen Frau Weiß,

ich bin heute und morgen in Lissabon und schreibe Ihnen bewusst über diese Adresse, da der folgende Vorgang bis zur Unterzeichnung nicht über unsere regulären Systeme laufen soll.

Wir stehen unmittelbar vor der Unterzeichnung eines Kaufvertrags über 100 % der Anteile an einem Wartungsbetrieb in Portugal (Projektname „Atlântico“). Der Beirat ist informiert, das Signing ist für Freitag angesetzt. Bis zur offiziellen Bekanntgabe gilt strikte Vertraulichkeit – bitte sprechen Sie intern mit niemandem darüber, auch nicht mit der Buchhaltung oder den Banken.

Die Transaktion wird von Herrn Rechtsanwalt Dr. Christoph Albrecht (Albrecht & Partner, Frankfurt) begleitet. Er wird sich heute im Laufe des Vormittags bei Ihnen melden und Ihnen die Einzelheiten zur Kaufpreisanzahlung übermitteln, die noch diese Woche auf ein Treuhandkonto geleistet werden muss. Bitte behandeln Sie seine Anweisungen so, als kämen sie direkt von mir.

Können Sie mir kurz bestätigen, dass Sie heute erreichbar sind, und mir den aktuell verfügbaren Rahmen auf unseren Konten bei der Commerzbank und der Haspa nennen? Telefonisch bin ich wegen der Verhandlungen kaum erreichbar, bitte antworten Sie daher nur per E-Mail an diese Adresse.

Vielen Dank für Ihre Diskretion.

Beste Grüße
Matthias Köhler
"""
    root = tp(text, "utf-8", "quoted-printable", label="UTF-8", flowed=True)
    finish(m, e, addr("Matthias Köhler", snd, "utf-8", "Q", "UTF-8"), addr("Sabine Weiß", rcpt, "utf-8", "Q", "UTF-8"),
           "Vertraulich: Projekt Atlântico", root, "utf-8", "Q", "UTF-8")
    m.what = "CEO fraud opener: 'CEO' on a trip asks the CFO for secrecy, announces a lawyer who will give escrow payment instructions, asks for available credit lines."
    m.why = "Look-alike domain example-group.eu (real: examplegroup.eu / example.com) on an OVH VPS with Roundcube; secrecy, bypass of internal controls, 'reply only here', fake lawyer hand-off - classic BEC."
    return m


def a02():
    m = Message("attack", 2, LANG, "lieferant-bankverbindung-lookalike")
    t = U(2026, 10, 20, 10, 17, 44)
    snd, rcpt = "rechnungen@lieferant-gmbh.com", "anja.schroeder@example.com"
    r = m.rng
    e = outlook_smtp(m, t, snd, rcpt, "mail.lieferant-gmbh.com", "static.148.71.21.65.clients.your-server.de", "65.21.71.148",
                     "WIN-3K8QF2L1M0A", "unknown", "146.70.117.%d" % r.randrange(2, 250), zone="DE", lang="de")
    iban = ids.iban_fmt(LF_FAKE)
    text = """Sehr geehrte Frau Schröder,

im Zuge der Umstellung unseres Zahlungsverkehrs wird unser bisheriges Geschäftskonto bei der Sparkasse Bremen zum 31.10.2026 geschlossen. Zahlungseingänge auf das alte Konto können ab sofort nicht mehr gutgeschrieben werden und werden von der Bank zurückgewiesen.

Wir bitten Sie daher, alle Zahlungen - auch für bereits gestellte, noch offene Rechnungen - ausschließlich auf unsere neue Bankverbindung zu leisten:

Kontoinhaber: Lieferant GmbH
Bank: N26 Bank SE (Geschäftskonto)
IBAN: %s
BIC: NTSBDEB1XXX

Die offizielle Mitteilung mit Unterschrift unserer Geschäftsführung finden Sie im Anhang. Laut unserer Buchhaltung sind derzeit folgende Rechnungen offen:

RE-2026-10412 vom 18.09.2026    12.480,60 €
RE-2026-10587 vom 29.09.2026    21.905,00 €
RE-2026-10733 vom 06.10.2026    13.930,60 €

Wir wären Ihnen dankbar, wenn Sie die fälligen Beträge noch in dieser Woche anweisen und uns die Änderung der Stammdaten kurz per E-Mail bestätigen. Bitte beachten Sie, dass unsere Telefonanlage wegen der Umstellung derzeit nur eingeschränkt erreichbar ist; Rückfragen richten Sie bitte per E-Mail an diese Adresse.

Mit freundlichen Grüßen

i. A. Monika Berger
Buchhaltung

%s
""" % (iban, LF_SIG.replace("lieferant-gmbh.de", "lieferant-gmbh.com"))
    letter = pdf([("h1", "Lieferant GmbH"), ("small", "Luftfahrtnormteile & Verbrauchsmaterial · Flughafendamm 42 · 28199 Bremen"),
                  ("rule", ""), ("p", "Example Group Aviation Services GmbH\nKreditorenbuchhaltung\nWeg beim Jäger 190\n22335 Hamburg"),
                  ("space", ""), ("p", "Bremen, 19.10.2026"), ("h2", "Mitteilung über die Änderung unserer Bankverbindung"),
                  ("p", "Sehr geehrte Damen und Herren,\n\nhiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert. "
                        "Bitte leisten Sie sämtliche Zahlungen, einschließlich bereits fälliger Rechnungen, ausschließlich auf das folgende Konto:"),
                  ("mono", "Kontoinhaber:  Lieferant GmbH\nKreditinstitut: N26 Bank SE\nIBAN:          %s\nBIC:           NTSBDEB1XXX" % iban),
                  ("p", "Zahlungen auf unsere bisherige Bankverbindung bei der Sparkasse Bremen können nicht mehr berücksichtigt werden. "
                        "Wir bitten um Aktualisierung Ihrer Stammdaten und um kurze Bestätigung per E-Mail an rechnungen@lieferant-gmbh.com."),
                  ("p", "Mit freundlichen Grüßen\n\n\nDieter Lammers\nGeschäftsführer"), ("rule", ""),
                  ("small", "Lieferant GmbH · Amtsgericht Bremen HRB 34567 HB · USt-IdNr. %s" % LF_USTID)],
               sec(t, 86400), title="Mitteilung Bankverbindung", author="Lieferant GmbH", creator="Microsoft® Word für Microsoft 365",
               producer="Microsoft® Word für Microsoft 365")
    root = mixed(e, alt(e, tp(plain(text), "iso-8859-15", "quoted-printable"), hp(html_outlook(text, "iso-8859-15"), "iso-8859-15")),
                 att("application/pdf", letter, "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf"),
                 preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Lieferant GmbH - Buchhaltung", snd), addr("Anja Schröder", rcpt, "iso-8859-15", "Q"),
           "Änderung unserer Bankverbindung - bitte ab sofort berücksichtigen", root, "iso-8859-15", "Q")
    m.what = "Supplier bank-detail change 'from Lieferant GmbH accounting' with signed-looking PDF letter; asks to pay three open invoices to a new N26 account."
    m.why = "Sender domain lieferant-gmbh.com is a look-alike of the real lieferant-gmbh.de, sent from a Hetzner VPS; new account at a neobank, all open items redirected, phone verification discouraged - supplier-impersonation BEC."
    return m


THREAD_ORIG = "<5e1c7a9b2d4f4e8a9c3b6d2e1f0a7b84@EX-HAM-MBX02.corp.example.com>"
B03_ID = outlook_msgid(rng_for("b03-msgid"), U(2026, 10, 6, 11, 26, 45), "lieferant-gmbh.de")


def a03():
    m = Message("attack", 3, LANG, "thread-hijack-lieferant-kompromittiert")
    t = U(2026, 10, 14, 16, 52, 9)
    snd, rcpt = "p.lang@lieferant-gmbh.de", "markus.jaeger@example.com"
    r = m.rng
    e = outlook_smtp(m, t, snd, rcpt, "mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % r.choice([131, 133, 135]),
                     "[10.14.0.2]", None, "185.213.155.%d" % r.randrange(2, 250), server_kind="ionos")
    link = "https://lieferant-gmbh-dokumente.my.canva.site/ab-4500018832"
    text = """Hallo Herr Jäger,

anbei wie besprochen die korrigierte Auftragsbestätigung zu Ihrer Bestellung %s sowie die aktualisierte Rechnung für die Teillieferung (Sicherungsdraht / PR-1782 B2). Da die Dokumente Preis- und Bankdaten enthalten, stellen wir sie seit dieser Woche nur noch über unseren geschützten Dokumentenbereich bereit:

[[AB_%s_korrigiert.pdf + Rechnung (2 Dateien, 412 KB)|%s]]

Die Anmeldung erfolgt mit Ihrem Microsoft-365-Firmenkonto. Bitte prüfen Sie die Unterlagen bis morgen Mittag, damit die Restmenge noch mit der Tour am Freitag rausgeht.

Mit freundlichen Grüßen

Petra Lang
Auftragsbearbeitung / Innendienst

%s

---

Von: Petra Lang <p.lang@lieferant-gmbh.de>
Gesendet: Dienstag, 6. Oktober 2026 11:26
An: 'Markus Jäger' <markus.jaeger@example.com>
Betreff: AW: Bestellung %s - Sicherungsdraht, Kabelbinder, PR-1782

Hallo Herr Jäger,

vielen Dank für Ihre Bestellung. Die Auftragsbestätigung AB-26-08817 finden Sie im Anhang. Sicherungsdraht MS20995C32 und die Kabelbinder gehen heute noch raus, PR-1782 B2 (Kartusche 6 oz) kommt als Teillieferung in KW 42, da der Hersteller nachliefert.

Mit freundlichen Grüßen
Petra Lang
""" % (ORDER, ORDER, link, LF_SIG, ORDER)
    root = alt(e, tp(plain(text), "iso-8859-1", "quoted-printable"), hp(html_outlook(text, "iso-8859-1"), "iso-8859-1"))
    finish(m, e, addr("Petra Lang", snd), addr("Markus Jäger", rcpt, "iso-8859-1", "Q"),
           "AW: Bestellung %s - Sicherungsdraht, Kabelbinder, PR-1782" % ORDER, root, "iso-8859-1", "Q",
           irt=B03_ID, refs="%s\n %s" % (THREAD_ORIG, B03_ID))
    m.what = "Reply in a genuine running order thread, sent from the supplier contact's real mailbox: 'corrected order confirmation and invoice' only via a Canva-hosted 'secure document area' that asks for the Microsoft 365 login."
    m.why = "Thread hijack from a genuinely compromised partner mailbox (correct domain and IONOS relay, but submitted from an M247/VPN address); documents that are always attached as PDF are suddenly behind an external login page on an abused free service - credential phishing."
    return m


def a04():
    m = Message("attack", 4, LANG, "gehaltskonto-aenderung-payroll-diversion")
    t = U(2026, 10, 21, 7, 58, 31)
    snd, rcpt = "florian.krueger84@web.de", "katrin.mueller@example.com"
    e = gmx(m, t, snd, rcpt, brand="webde", mobile=True)
    text = """Hallo Katrin,

ich habe mein Gehaltskonto gewechselt und wollte dich bitten, die neue Bankverbindung schon für die Oktober-Abrechnung zu hinterlegen, falls das noch geht:

Kontoinhaber: Florian Krüger
IBAN: %s
Bank: N26

Das alte Konto bei der Haspa löse ich gerade auf. Ich bin die ganze Woche bei Kunden in Dublin und Manchester unterwegs und komme nicht ins VPN, deshalb schreibe ich dir von meiner privaten Adresse. Gib mir bitte kurz Bescheid, wenn es erledigt ist bzw. ab wann die Änderung greift.

Danke dir und viele Grüße
Florian

Von meinem Smartphone gesendet
""" % ids.iban_fmt(FK_FAKE)
    root = tp(text, "utf-8", "quoted-printable", label="UTF-8")
    finish(m, e, addr("Florian Krüger", snd, "utf-8", "Q", "UTF-8"), addr("Katrin Müller", rcpt, "utf-8", "Q", "UTF-8"),
           "Neue Bankverbindung für Gehalt", root, "utf-8", "Q", "UTF-8")
    m.what = "'Head of sales' asks HR/payroll from a private WEB.DE address to switch his salary account to a new N26 IBAN before the October payroll run."
    m.why = "Payroll diversion: employee display name on a free mailbox never used before, change of bank details by e-mail instead of the HR self-service/form, neobank account, urgency before the payroll cut-off, excuse for not using corporate channels."
    return m


def a05():
    m = Message("attack", 5, LANG, "bzst-e-rechnung-registrierung-phishing")
    t = U(2026, 10, 27, 8, 3, 55)
    rcpt = "birgit.foerster@example.com"
    e = sendgrid(m, t, "em4721.bzst-erechnung.de", rcpt)
    link = "https://bzst-erechnung.de/verzeichnis/registrierung?ust=DE812345673&ref=ER26-0447183"
    text = """Sehr geehrte Damen und Herren,

gemäß § 14 UStG in der Fassung des Wachstumschancengesetzes sind inländische Unternehmen mit einem Vorjahresumsatz von mehr als 800.000 Euro ab dem 1. Januar 2027 verpflichtet, Rechnungen an andere Unternehmen ausschließlich als E-Rechnung (XRechnung oder ZUGFeRD ab Version 2.0.1) auszustellen.

Für die Zuordnung Ihrer elektronischen Rechnungsein- und -ausgänge ist die einmalige Registrierung Ihrer Umsatzsteuer-Identifikationsnummer %s im E-Rechnungsverzeichnis des Bundeszentralamts für Steuern erforderlich. Nach unseren Unterlagen ist für die Example Group Aviation Services GmbH bislang keine Registrierung erfolgt.

Bitte schließen Sie die Registrierung bis zum 30.11.2026 ab. Die Anmeldung erfolgt mit Ihrem ELSTER-Organisationszertifikat oder Ihren ELSTER-Zugangsdaten.

[[!Registrierung jetzt abschließen|%s]]

Unternehmen, die bis zum Stichtag nicht registriert sind, können ab dem 1. Januar 2027 keine E-Rechnungen mit Vorsteuerabzug verarbeiten; zudem kann nach § 26a UStG ein Bußgeld festgesetzt werden.

Mit freundlichen Grüßen
Bundeszentralamt für Steuern
Referat E-Rechnung
An der Küppe 1, 53225 Bonn

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""" % (EG_USTID, link)
    html = html_esp(text, "utf-8", brand="Bundeszentralamt für Steuern", color="#004b87", lang="de",
                    preheader="Registrierung im E-Rechnungsverzeichnis bis 30.11.2026 erforderlich",
                    footer="Bundeszentralamt für Steuern · An der Küppe 1 · 53225 Bonn\n[[Datenschutz|https://bzst-erechnung.de/datenschutz]] · [[Impressum|https://bzst-erechnung.de/impressum]]",
                    font="Arial, Helvetica, sans-serif")
    root = alt(e, tp(plain(text, "colon"), "utf-8", "base64"), hp(html, "utf-8", "base64"))
    finish(m, e, addr("Bundeszentralamt für Steuern", "noreply@bzst-erechnung.de", "utf-8", "B"),
           addr(None, rcpt), "Aktenzeichen ER26-0447183: Registrierung im E-Rechnungsverzeichnis erforderlich", root, "utf-8", "B")
    m.what = "'Federal Central Tax Office' demands registration of the VAT ID in an 'e-invoice directory' before the 2027 e-invoicing mandate, login with ELSTER credentials, threat of a fine."
    m.why = "No such registry exists; BZSt never mails via SendGrid or from bzst-erechnung.de (real: bzst.de); ELSTER credential harvesting tailored to the real 2027 e-invoicing deadline."
    return m


def a06():
    m = Message("attack", 6, LANG, "gewerberegister-offerte-als-rechnung")
    t = U(2026, 11, 3, 11, 12, 5)
    snd, rcpt = "service@firmenregister-gewerbe.de", "rechnungseingang@example.com"
    r = m.rng
    hop = "by vmi2284631.contaboserver.net (Postfix, from userid 33)\n\tid %s; %s" % (hexs(r, 10, True), rfcdate(sec(t, 1), "DE", comment=True))
    e = direct(m, t, snd, rcpt, "vmi2284631.contaboserver.net", "vmi2284631.contaboserver.net", "185.228.137.%d" % r.randrange(2, 250),
               hops=[hop], mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", msgid="<%s@firmenregister-gewerbe.de>" % alnum(r, 43),
               tls=TLS12)
    iban = ids.iban_fmt(PT_REG)
    text = """Sehr geehrte Damen und Herren,

zur Aktualisierung Ihres Eintrags im Gewerbe- und Firmenverzeichnis für Luftfahrt- und Industriebetriebe bitten wir Sie, die unten aufgeführten Daten zu prüfen und den Eintragungsantrag bis zum 23.11.2026 zu bestätigen. Die Bestätigung kann auch durch Überweisung des ausgewiesenen Betrags erfolgen.

Firma: Example Group Aviation Services GmbH
Anschrift: Weg beim Jäger 190, 22335 Hamburg
Registergericht: Amtsgericht Hamburg, HRB 123456
Branche: Instandhaltung und Reparatur von Luftfahrzeugen (WZ 33.16)

Aktenzeichen: FR-2026-118834
Betrag: 1.287,00 EUR zzgl. USt.
Empfänger: Registo Empresarial Online Lda.
IBAN: %s
BIC: BCOMPTPL

Bitte geben Sie bei Zahlung unbedingt das Aktenzeichen an. Die vollständigen Eintragungsbedingungen entnehmen Sie bitte der Anlage.

Mit freundlichen Grüßen
Ihr Team der Gewerbeauskunft
Abteilung Datenabgleich
""" % iban
    doc = pdf([("h1", "Gewerbe- und Firmenverzeichnis"), ("small", "Datenabgleich · Eintragungsantrag"), ("rule", ""),
               ("b", "Aktenzeichen FR-2026-118834 · Datum 02.11.2026 · Zahlbar bis 23.11.2026"),
               ("p", "Example Group Aviation Services GmbH\nWeg beim Jäger 190\n22335 Hamburg"),
               ("h2", "Eintragungsantrag / Zahlungsaufforderung"),
               ("mono", "Pos. Leistung                                  Betrag\n"
                        "1    Basiseintrag Branchenverzeichnis 2026/27  1.087,00 EUR\n"
                        "2    Zusatzrubrik Luftfahrt (WZ 33.16)            200,00 EUR\n"
                        "     Summe netto                               1.287,00 EUR\n"
                        "     zzgl. 19 % USt.                             244,53 EUR\n"
                        "     Gesamtbetrag                              1.531,53 EUR"),
               ("p", "Zahlung an: Registo Empresarial Online Lda., IBAN %s, BIC BCOMPTPL, Verwendungszweck: FR-2026-118834" % iban),
               ("space", ""),
               ("small", "Eintragungsbedingungen: Mit Unterzeichnung oder Zahlung kommt ein Vertrag über die Eintragung in das privat betriebene "
                         "Online-Verzeichnis zustande. Die Laufzeit beträgt drei Jahre; die Gebühr von 1.287,00 EUR netto ist jährlich im Voraus "
                         "fällig. Der Vertrag verlängert sich um jeweils ein Jahr, sofern er nicht drei Monate vor Ablauf schriftlich gekündigt wird. "
                         "Es handelt sich nicht um eine amtliche Eintragung und nicht um eine Rechnung für bereits erbrachte Leistungen. "
                         "Gerichtsstand ist Lissabon.")],
              t, title="Eintragungsantrag FR-2026-118834", author="Gewerbeauskunft", creator="TCPDF", producer="TCPDF 6.6.5 (http://www.tcpdf.org)")
    root = mixed(e, tp(text, "iso-8859-1", "8bit"), att("application/pdf", doc, "FR-2026-118834_Eintragungsantrag.pdf"),
                 preamble="This is a multi-part message in MIME format.")
    finish(m, e, addr("Gewerbeauskunft Datenabgleich", snd, "iso-8859-1", "Q"), rcpt,
           "Eintragung Example Group Aviation Services GmbH - Aktenzeichen FR-2026-118834 (Frist 23.11.2026)", root, "iso-8859-1", "Q")
    m.what = "'Company register' data-check mail with an invoice-like PDF: 1,287 EUR net per year for an entry in a private directory, payable to a Portuguese account."
    m.why = "Deceptive directory offer dressed as an official register invoice; 3-year subscription hidden in small print; foreign account; PHPMailer on a Contabo VPS - classic Gewerbeauskunft/register fraud."
    return m


def a07():
    m = Message("attack", 7, LANG, "quishing-m365-mfa-qr-code")
    t = U(2026, 10, 15, 13, 24, 50)
    snd, rcpt = "info@baeckerei-hinrichs.de", "henrik.voss@example.com"
    r = m.rng
    hop = ("from [45.141.215.%d]\n\tby smtp.strato.de (RZmta 51.2.12 AUTH)\n\twith ESMTPSA id %s\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n"
           "\t(Client did not present a certificate);\n\t%s" % (r.randrange(2, 250), alnum(r, 7) + "1" + alnum(r, 7), rfcdate(sec(t, 2), "DE")))
    e = direct(m, t, snd, rcpt, "mo4-p00-ob.smtp.rzone.de", "mo4-p00-ob.smtp.rzone.de", "81.169.146.%d" % r.choice([160, 161, 162, 163]),
               hops=[hop], mailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", msgid="<%s@baeckerei-hinrichs.de>" % alnum(r, 43))
    e.set("X-RZG-AUTH", '":%s"' % alnum(r, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+="))
    e.set("X-RZG-CLASS-ID", "mo00")
    b64mail = base64.b64encode(rcpt.encode()).decode()
    url = "https://mfa-sync-365.pages.dev/?t=%s&c=EG-22102026" % b64mail
    qrpng = QR(url, "M").png(5)
    text = """Hallo Henrik Voß,

im Rahmen der Umstellung auf die neuen Sicherheitsrichtlinien (Microsoft Entra ID, phishing-resistente MFA) muss die Registrierung Ihres Microsoft Authenticator für das Konto %s bis zum 22.10.2026 erneuert werden. Andernfalls wird der Zugriff auf Outlook, Teams und SharePoint vorübergehend gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser Nachricht.
3. Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Anfrage in der Authenticator-App.

Der Vorgang dauert weniger als zwei Minuten. Bitte verwenden Sie ausschließlich Ihr Smartphone, da die Registrierung am PC aus Sicherheitsgründen nicht möglich ist.

Ihr IT-Service
Example Group
""" % rcpt
    paras = text.split("\n\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#252423\">"
            "<div style=\"max-width:560px;margin:0 auto;border:1px solid #e1dfdd\">"
            "<div style=\"background:#0f6cbd;color:#fff;padding:14px 22px;font-size:17px\">Microsoft 365 &middot; Sicherheitsinformationen</div>"
            "<div style=\"padding:20px 22px\">%s"
            "<p style=\"text-align:center\"><img src=\"cid:qr_%s@mfa\" width=\"205\" height=\"205\" alt=\"QR-Code\"></p>"
            "<p style=\"font-size:12px;color:#605e5c\">%s</p><p>%s</p></div></div></body></html>\n") % (
        "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in paras[:3]), b64mail[:8], paras[3], paras[4].replace("\n", "<br>"))
    root = related(e, alt(e, tp(text, "utf-8", "base64"), hp(html, "utf-8", "base64")),
                   inline_img("image/png", qrpng, "qrcode.png", "qr_%s@mfa" % b64mail[:8]))
    finish(m, e, addr("IT-Service | Microsoft 365", snd), addr(None, rcpt),
           "Handlungsbedarf: Authenticator-Registrierung läuft am 22.10.2026 ab", root, "utf-8", "B")
    m.what = "'IT service' tells the quality manager his Microsoft Authenticator registration expires; scan the embedded QR code with the phone to re-register."
    m.why = "Quishing: the only link is inside a PNG QR code (to a pages.dev credential page carrying the victim's address), pushes the victim to an unmanaged phone; sent from a compromised bakery mailbox at Strato via PHPMailer."
    return m


def a08():
    m = Message("attack", 8, LANG, "bewerbung-passwort-zip")
    t = U(2026, 11, 9, 19, 37, 2)
    snd, rcpt = "lisa.hartmann.bewerbung@gmx.de", "jobs@example.com"
    r = m.rng
    e = gmx(m, t, snd, rcpt, brand="gmx")
    text = """Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Stellenanzeige auf StepStone gelesen und bewerbe mich hiermit als Fluggerätmechanikerin (Fachrichtung Instandhaltungstechnik) für Ihren Hangar in Hamburg.

Ich habe meine Ausbildung 2021 bei einem Instandhaltungsbetrieb in Bremen abgeschlossen und arbeite seitdem in der Line Maintenance auf A320-Family und ATR 72. Die B1.1-Lizenz nach Part-66 ist beantragt.

Meine Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse) finden Sie im Anhang. Da die Unterlagen personenbezogene Daten enthalten, habe ich das Archiv mit einem Passwort geschützt.

Passwort: LH2026

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Lisa Hartmann
"""
    z = zip_crypto([("Bewerbung_Lisa_Hartmann/Lebenslauf_Lisa_Hartmann.pdf.lnk", PLACEHOLDER),
                    ("Bewerbung_Lisa_Hartmann/Zeugnisse_2021-2026.pdf.lnk", PLACEHOLDER)], "LH2026", t, r)
    html = html_webmail(text, "UTF-8")
    root = mixed(e, hp(html, "utf-8", "quoted-printable", label="UTF-8"),
                 att("application/zip", z, "Bewerbung_Lisa_Hartmann.zip"))
    finish(m, e, addr("Lisa Hartmann", snd), rcpt,
           "Bewerbung als Fluggerätmechanikerin (m/w/d) - Referenz 2026-HAM-117", root, "utf-8", "Q", "UTF-8")
    m.what = "Job application to the HR mailbox with a ZipCrypto-encrypted ZIP (password in the body) holding 'CV' and 'certificates' as .pdf.lnk shortcuts."
    m.why = "Password-protected archive defeats scanning; double extension .pdf.lnk is a Windows shortcut loader; the 'Bewerbung' lure is a long-running German malspam theme (placeholders are inert here)."
    return m


# ====================================================================== BUSINESS
def b01():
    m = Message("business", 1, LANG, "ceo-dringende-zahlung-intern")
    t = U(2026, 10, 29, 11, 6, 40)
    snd, rcpt = "matthias.koehler@example.com", "sabine.weiss@example.com"
    e = internal(m, t, snd, rcpt, client_ip="10.20.31.18")
    text = """Hallo Sabine,

kannst du bitte heute noch die Zahlung an AeroEngine Leasing Ireland (Kreditor 70412) freigeben? Es geht um die Sicherheitsleistung und die erste Monatsmiete für das Leihtriebwerk (CFM56-5B) für die D-AHFX von Hanseflug – 186.500,00 USD laut Rechnung AEL-2026-0931. Ohne Zahlungseingang bis morgen 12:00 Uhr irischer Zeit geht das Triebwerk nicht auf den Lkw, und die Maschine steht dann mindestens bis Montag.

Die Rechnung liegt in DocuWare, den Leasingvertrag hat Florian gestern unterschrieben, und ich habe die Bestellung im SAP-Workflow eben als zweiter Freigeber genehmigt. Bankverbindung ist die bekannte aus den Stammdaten – bitte nichts Neues anlegen.

Falls Fragen sind, ruf mich auf dem Handy an, ich bin bis 15 Uhr in Halle 2.

Danke und Gruß
Matthias

Dr. Matthias Köhler
Geschäftsführer / CEO
Example Group Aviation Services GmbH
Weg beim Jäger 190 · 22335 Hamburg
Tel. +49 40 5550 2000
"""
    root = alt(e, tp(text, "windows-1252", "quoted-printable"), hp(html_outlook(text, "windows-1252"), "windows-1252"))
    finish(m, e, addr("Köhler, Matthias", snd, "iso-8859-1", "Q"), addr("Weiß, Sabine", rcpt, "iso-8859-1", "Q"),
           "Dringend: Zahlung Leihtriebwerk D-AHFX heute freigeben", root, "iso-8859-1", "Q",
           cc=addr("Schröder, Anja", "anja.schroeder@example.com", "iso-8859-1", "Q"), cc_name="CC")
    m.what = "Genuine urgent payment request from the CEO to the CFO (CC accounts payable) via Exchange and the internal relay: release a known lease payment today to keep an aircraft from being grounded."
    m.why = "Internal Exchange route (EX-HAM-MBX02 -> mail-int01); references existing vendor master data, DocuWare and the SAP dual-approval workflow, explicitly says 'no new bank details', offers phone call - urgency without secrecy or control bypass."
    m.hardneg = [(1, "CEO asks CFO for an urgent payment; genuine one is internal, uses known vendor data and the approval workflow, no secrecy.")]
    return m


def b02():
    m = Message("business", 2, LANG, "lieferant-neue-bankverbindung-korrekt-angekuendigt")
    t = U(2026, 11, 16, 9, 14, 27)
    snd, rcpt = "rechnungen@lieferant-gmbh.de", "anja.schroeder@example.com"
    r = m.rng
    crd, cip = _lf_ionos_client(r)
    e = outlook_smtp(m, t, snd, rcpt, "mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.133",
                     "LIEF-BUHA-02", crd, cip, server_kind="ionos")
    text = """Sehr geehrte Frau Schröder,

wir möchten Sie rechtzeitig darüber informieren, dass wir unseren Zahlungsverkehr zum 01.12.2026 zur Commerzbank Bremen verlagern.

Neue Bankverbindung ab 01.12.2026:
Kontoinhaber: Lieferant GmbH
Commerzbank AG, Filiale Bremen
IBAN: %s
BIC: COBADEFFXXX

Unser bisheriges Konto bei der Sparkasse Bremen (IBAN %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen, die bis dahin dort eingehen, werden selbstverständlich ordnungsgemäß verbucht. Die neue Bankverbindung ist ab der ersten Dezember-Rechnung auf allen Rechnungen aufgedruckt. Bereits gestellte Rechnungen zahlen Sie bitte wie gewohnt.

Aus Sicherheitsgründen bitten wir Sie, die Änderung vor der Anpassung Ihrer Stammdaten telefonisch über eine Ihnen bereits bekannte Rufnummer zu verifizieren, z. B. bei Herrn Maier (Vertrieb) oder bei mir unter 0421 5550 310. Wir werden Sie niemals per E-Mail auffordern, offene Posten kurzfristig auf ein anderes Konto zu überweisen.

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang; es geht Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen

Monika Berger
Buchhaltung / Debitorenmanagement

%s
""" % (ids.iban_fmt(LF_NEW), ids.iban_fmt(LF_OLD), LF_SIG)
    letter = pdf([("h1", "Lieferant GmbH"), ("small", "Luftfahrtnormteile & Verbrauchsmaterial · Flughafendamm 42 · 28199 Bremen"),
                  ("rule", ""), ("p", "Example Group Aviation Services GmbH\nKreditorenbuchhaltung\nWeg beim Jäger 190\n22335 Hamburg"),
                  ("p", "Bremen, 13.11.2026"), ("h2", "Änderung unserer Bankverbindung zum 01.12.2026"),
                  ("p", "Sehr geehrte Damen und Herren,\n\nzum 01.12.2026 verlagern wir unseren Zahlungsverkehr zur Commerzbank AG. Bitte verwenden Sie ab diesem Datum die folgende Bankverbindung:"),
                  ("mono", "Kontoinhaber:   Lieferant GmbH\nKreditinstitut: Commerzbank AG, Bremen\nIBAN:           %s\nBIC:            COBADEFFXXX" % ids.iban_fmt(LF_NEW)),
                  ("p", "Unser Konto bei der Sparkasse Bremen bleibt bis 31.03.2027 bestehen. Bitte verifizieren Sie diese Mitteilung telefonisch "
                        "über eine Ihnen bekannte Rufnummer, bevor Sie Ihre Stammdaten ändern."),
                  ("p", "Mit freundlichen Grüßen\n\n\nDieter Lammers                    Monika Berger\nGeschäftsführer                   Buchhaltung"), ("rule", ""),
                  ("small", "Lieferant GmbH · Amtsgericht Bremen HRB 34567 HB · USt-IdNr. %s · Geschäftsführer: Dieter Lammers" % LF_USTID)],
               U(2026, 11, 13, 15, 2), title="Änderung Bankverbindung", author="Berger, Monika", creator="Microsoft® Word 2021",
               producer="Microsoft® Word 2021")
    root = mixed(e, alt(e, tp(text, "windows-1252", "quoted-printable"), hp(html_outlook(text, "windows-1252"), "windows-1252")),
                 att("application/pdf", letter, "2026-11-13_Lieferant_GmbH_neue_Bankverbindung.pdf"),
                 preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Lieferant GmbH Buchhaltung", snd), addr("Anja Schröder", rcpt, "windows-1252", "Q"),
           "Information: Neue Bankverbindung der Lieferant GmbH ab 01.12.2026", root, "windows-1252", "Q",
           cc=addr("Stefan Maier", "s.maier@lieferant-gmbh.de"))
    m.what = "Supplier announces its bank change properly: two weeks' notice, old account stays open, signed letter also by post, asks the customer to verify by phone at a known number."
    m.why = "Real lieferant-gmbh.de mailbox via IONOS from the supplier's usual Telekom line; domestic house bank in the supplier's city; no pressure on open invoices; invites out-of-band verification."
    m.hardneg = [(2, "Same supplier, same topic (new bank account); genuine one is on the real domain with notice period, old account kept and call-back requested.")]
    return m


def b03():
    m = Message("business", 3, LANG, "lieferant-auftragsbestaetigung-im-thread")
    t = U(2026, 10, 6, 11, 26, 51)
    snd, rcpt = "p.lang@lieferant-gmbh.de", "markus.jaeger@example.com"
    r = m.rng
    crd, cip = _lf_ionos_client(r)
    e = outlook_smtp(m, t, snd, rcpt, "mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.131",
                     "LIEF-VK-05", crd, cip, server_kind="ionos")
    e.msgid = B03_ID
    text = """Hallo Herr Jäger,

vielen Dank für Ihre Bestellung. Die Auftragsbestätigung AB-26-08817 finden Sie im Anhang. Sicherungsdraht MS20995C32 und die Kabelbinder gehen heute noch raus, PR-1782 B2 (Kartusche 6 oz) kommt als Teillieferung in KW 42, da der Hersteller nachliefert.

Mit freundlichen Grüßen
Petra Lang
Auftragsbearbeitung / Innendienst

%s

Von: Markus Jäger <markus.jaeger@example.com>
Gesendet: Montag, 5. Oktober 2026 15:40
An: Petra Lang <p.lang@lieferant-gmbh.de>
Betreff: Bestellung %s - Sicherungsdraht, Kabelbinder, PR-1782

Hallo Frau Lang,

anbei unsere Bestellung %s über 20 Rollen Sicherungsdraht MS20995C32, 10 VE Kabelbinder MS3367-1-9 und 24 Kartuschen PR-1782 B2. Lieferung bitte an Wareneingang Halle 2.

Viele Grüße
Markus Jäger
Einkauf Ersatzteile & Verbrauchsmaterial
""" % (LF_SIG, ORDER, ORDER)
    ab = pdf([("h1", "Auftragsbestätigung AB-26-08817"), ("small", "Lieferant GmbH · Flughafendamm 42 · 28199 Bremen"), ("rule", ""),
              ("p", "Kunde: Example Group Aviation Services GmbH, Kundennr. 10 4471\nIhre Bestellung: %s vom 05.10.2026\nLieferanschrift: Wareneingang Halle 2, Weg beim Jäger 190, 22335 Hamburg" % ORDER),
              ("mono", "Pos  Artikel              Bezeichnung                     Menge   Preis/E    Gesamt\n"
                       "10   MS20995C32           Sicherungsdraht 0,032\" 1 lb     20 RL    38,40     768,00\n"
                       "20   MS3367-1-9           Kabelbinder (VE 100)            10 VE    24,90     249,00\n"
                       "30   PR-1782B2-6OZ        Dichtmasse PR-1782 B2 6 oz      24 ST    61,20   1.468,80\n"
                       "                                                         Netto           2.485,80\n"
                       "                                                         19 % USt          472,30\n"
                       "                                                         Gesamt EUR      2.958,10"),
              ("p", "Liefertermin: Pos. 10/20 sofort, Pos. 30 KW 42 (Teillieferung). Zahlungsbedingungen: 30 Tage netto.\n"
                    "Bankverbindung: Sparkasse Bremen, IBAN %s, BIC SBREDE22" % ids.iban_fmt(LF_OLD)),
              ("small", "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen. Konformitätsbescheinigungen (EN 10204 3.1 / CoC) liegen der Lieferung bei.")],
             sec(t, 600), title="AB-26-08817", author="Lang, Petra", creator="Sage 100 10.0", producer="Sage 100 PDF-Export")
    root = mixed(e, alt(e, tp(text, "iso-8859-1", "quoted-printable"), hp(html_outlook(text, "iso-8859-1"), "iso-8859-1")),
                 att("application/pdf", ab, "AB-26-08817.pdf"), preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Petra Lang", snd), addr("'Markus Jäger'", rcpt, "iso-8859-1", "Q"),
           "AW: Bestellung %s - Sicherungsdraht, Kabelbinder, PR-1782" % ORDER, root, "iso-8859-1", "Q",
           irt=THREAD_ORIG, refs=THREAD_ORIG)
    m.what = "Supplier's order confirmation in a running thread, PDF attached (the message later quoted by attack 03)."
    m.why = "Real supplier mailbox via IONOS from the supplier's office line; documents attached as usual, bank details unchanged, matches the order the buyer sent."
    m.hardneg = [(3, "The very thread that attack 03 hijacks: same sender mailbox and infrastructure, documents attached directly instead of behind a login.")]
    return m


def b04():
    m = Message("business", 4, LANG, "krankmeldung-von-privater-adresse")
    t = U(2026, 10, 20, 7, 12, 18)
    snd, rcpt = "anja.schroeder83@gmx.de", "katrin.mueller@example.com"
    e = gmx(m, t, snd, rcpt, brand="gmx")
    text = """Hallo Katrin, hallo Sabine,

ich liege seit gestern Abend mit Fieber flach und war heute früh beim Hausarzt – er hat mich bis einschließlich Freitag krankgeschrieben. Die eAU geht ja automatisch an die Krankenkasse (TK), ihr könnt sie wie gewohnt abrufen.

An meine Dienstmails komme ich von zu Hause nicht ran, deshalb schreibe ich von privat. Der Zahllauf für Donnerstag ist vorbereitet und liegt zur Freigabe im SAP (Zahlvorschlag vom 19.10.). Falls es Rückfragen zu einzelnen Kreditoren gibt, kann Birgit reinschauen, die Belege liegen alle in DocuWare.

Liebe Grüße
Anja
"""
    root = hp(html_webmail(text, "UTF-8"), "utf-8", "quoted-printable", label="UTF-8")
    finish(m, e, addr("Anja Schröder", snd, "utf-8", "Q", "UTF-8"),
           addr_list([("Katrin Müller", rcpt)], charset="utf-8", label="UTF-8"), "Krankmeldung", root, "utf-8", "Q", "UTF-8",
           cc=addr("Sabine Weiß", "sabine.weiss@example.com", "utf-8", "Q", "UTF-8"))
    m.what = "Accounts-payable clerk reports sick from her private GMX address (HTML-only GMX webmail), points to the prepared payment run."
    m.why = "Private mailbox of a real employee, but no request for money, data or credentials; everything stays in the normal systems (eAU via health insurer, SAP, DocuWare)."
    m.hardneg = [(4, "Employee writing to HR from a private free-mail address; no bank or payroll change requested.")]
    return m


def b05():
    m = Message("business", 5, LANG, "newsletter-mro-insider-e-rechnung")
    t = U(2026, 11, 5, 6, 30, 12)
    rcpt = "markus.jaeger@example.com"
    e = mailchimp(m, t, "news@mro-insider.de", rcpt)
    uid, camp, cid = e.mc
    lid = hexs(m.rng, 10)
    unsub = "https://mro-insider.us12.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (uid, lid, hexs(m.rng, 10), camp)
    text = """## MRO Insider 45/2026

Guten Morgen,

die Themen dieser Woche:

## E-Rechnung 2027: Was Instandhaltungsbetriebe jetzt umstellen müssen
Ab 1. Januar 2027 müssen Unternehmen mit mehr als 800.000 Euro Vorjahresumsatz B2B-Rechnungen als E-Rechnung ausstellen. Wir zeigen, wie Sie Arbeitskarten, Materialverbräuche und Fremdleistungen aus AMOS oder SAP in XRechnung bzw. ZUGFeRD überführen – und warum eine Registrierung bei Behörden dafür nicht nötig ist. [[Weiterlesen|https://mro-insider.us12.list-manage.com/track/click?u=%s&id=%s&e=%s]]

## EASA: Neue AMC zu Part-145 Safety-Management in Kraft
Die Übergangsfrist für die SMS-Anforderungen ist abgelaufen; was Auditoren jetzt sehen wollen. [[Weiterlesen|https://mro-insider.us12.list-manage.com/track/click?u=%s&id=%s&e=%s]]

## Termine
MRO Europe, Amsterdam, 17.–19. November · Hamburg Aviation Forum, 3. Dezember

Sie erhalten diesen Newsletter, weil Sie ihn unter mro-insider.de abonniert haben.
[[Newsletter abbestellen|%s]] · [[Einstellungen ändern|https://mro-insider.us12.list-manage.com/profile?u=%s&id=%s]]
MRO Insider · Fachverlag Luftfahrttechnik · Großer Burstah 31 · 20457 Hamburg
""" % (uid, hexs(m.rng, 10), hexs(m.rng, 10), uid, hexs(m.rng, 10), hexs(m.rng, 10), unsub, uid, lid)
    html = html_esp(text, "utf-8", brand="MRO Insider", color="#1d3557", lang="de",
                    preheader="E-Rechnung 2027, EASA SMS, Termine", font="Georgia, serif")
    root = alt(e, tp(plain(text, "paren").replace("## ", ""), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    extra = {"List-ID": "MRO Insider Newsletter <%s.mro-insider.us12.list-id.mcsv.net>" % lid,
             "X-Report-Abuse": "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (uid, camp, hexs(m.rng, 10)),
             "List-Unsubscribe": "<%s>, <mailto:unsubscribe-mc.us12_%s.%s-%s@unsubscribe.mailchimp.com?subject=unsubscribe>" % (unsub, uid, camp, hexs(m.rng, 10)),
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "X-Original-Sender": "news@mro-insider.de"}
    finish(m, e, addr("MRO Insider", "news@mro-insider.de"), addr(None, rcpt, quote_always=True),
           "MRO Insider 45/2026: E-Rechnung 2027 – was Instandhaltungsbetriebe jetzt umstellen müssen", root, "utf-8", "Q", "utf-8",
           extra=extra)
    m.what = "Subscribed trade newsletter (Mailchimp) on the 2027 e-invoicing mandate and EASA news, with List-Unsubscribe one-click."
    m.why = "Consistent Mailchimp infrastructure and headers (List-ID, X-Campaign, Feedback-ID), unsubscribe links, no login request; same topic as attack 05 but informational."
    m.hardneg = [(5, "Same E-Rechnung 2027 topic as the fake BZSt registration; informational newsletter on a real ESP list with unsubscribe.")]
    return m


def b06():
    m = Message("business", 6, LANG, "lieferant-mahnung-liefersperre")
    t = U(2026, 11, 12, 14, 3, 36)
    snd, rcpt = "rechnungen@lieferant-gmbh.de", "anja.schroeder@example.com"
    r = m.rng
    crd, cip = _lf_ionos_client(r)
    e = outlook_smtp(m, t, snd, rcpt, "mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.135",
                     "LIEF-BUHA-02", crd, cip, server_kind="ionos")
    text = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerungen vom 14.10. und 29.10.2026 sind die nachstehenden Rechnungen weiterhin offen:

RE-2026-10412  vom 18.09.2026  fällig 18.10.2026  12.480,60 EUR
RE-2026-10587  vom 29.09.2026  fällig 29.10.2026  21.905,00 EUR

Offener Betrag gesamt: 34.385,60 EUR

Bitte überweisen Sie den Gesamtbetrag bis spätestens 19.11.2026 auf unser Ihnen bekanntes Konto bei der Sparkasse Bremen (IBAN %s, BIC SBREDE22). Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, Ihr Kundenkonto ab dem 20.11.2026 für weitere Lieferungen zu sperren; offene Aufträge (u. a. Ihre Bestellung 4500019240) werden dann zurückgestellt.

Sollten Sie die Zahlung zwischenzeitlich veranlasst haben oder Einwände gegen einzelne Positionen haben, melden Sie sich bitte kurz bei uns - wir klären das gern telefonisch unter 0421 5550 310.

Den Kontoauszug finden Sie als PDF im Anhang.

Mit freundlichen Grüßen

Monika Berger
Buchhaltung / Debitorenmanagement

%s
""" % (ids.iban_fmt(LF_OLD), LF_SIG)
    ka = pdf([("h1", "Kontoauszug Offene Posten"), ("small", "Lieferant GmbH · Flughafendamm 42 · 28199 Bremen"), ("rule", ""),
              ("p", "Kunde 10 4471 · Example Group Aviation Services GmbH · Stand 12.11.2026"),
              ("mono", "Beleg          Datum       Fällig      Betrag EUR   Mahnstufe\n"
                       "RE-2026-10412  18.09.2026  18.10.2026   12.480,60      3\n"
                       "RE-2026-10587  29.09.2026  29.10.2026   21.905,00      2\n"
                       "                                       ----------\n"
                       "Summe fällig                            34.385,60"),
              ("p", "Zahlbar an: Sparkasse Bremen · IBAN %s · BIC SBREDE22" % ids.iban_fmt(LF_OLD))],
             t, title="OP-Auszug 10 4471", author="Berger, Monika", creator="Sage 100 10.0", producer="Sage 100 PDF-Export")
    root = mixed(e, alt(e, tp(text, "iso-8859-1", "quoted-printable"), hp(html_outlook(text, "iso-8859-1"), "iso-8859-1")),
                 att("application/pdf", ka, "OP-Auszug_104471_2026-11-12.pdf"), preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Lieferant GmbH Buchhaltung", snd), addr("Anja Schröder", rcpt, "iso-8859-1", "Q"),
           "3. Mahnung - Kundennr. 10 4471 - Liefersperre ab 20.11.2026", root, "iso-8859-1", "Q",
           cc=addr("Markus Jäger", "markus.jaeger@example.com", "iso-8859-1", "Q"))
    m.what = "Third dunning letter from the real supplier threatening a supply stop, with open-items statement PDF."
    m.why = "Harsh but legitimate: real domain and relay, amounts match earlier invoices, payment to the known old account, offers a phone call to settle disputes."
    m.hardneg = [(6, "Payment demand with PDF to accounts payable; genuine dunning of real invoices vs. disguised directory offer."), (2, "Same supplier invoices; genuine reminder insists on the known account.")]
    return m


def b07():
    m = Message("business", 7, LANG, "microsoft-konto-ungewoehnliche-anmeldung")
    t = U(2026, 10, 27, 7, 13, 44)
    rcpt = "lukas.wagner@example.com"
    snd = "account-security-noreply@accountprotection.microsoft.com"
    r = m.rng
    n = r.randrange(100, 250)
    srv = "SA1P223MB%04d" % r.randrange(1000, 9999)
    fq = "%s.NAMP223.PROD.OUTLOOK.COM" % srv
    hop1 = ("from %s (2603:10b6:806:%s::%d) by\n\t%s (2603:10b6:806:%s::%d) with\n\tMicrosoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t15.20.9203.12; %s"
            % (fq, hexs(r, 3), r.randrange(2, 20), fq.replace(srv, "SA1P223MB%04d" % r.randrange(1000, 9999)), hexs(r, 3), r.randrange(2, 20), rfcdate(sec(t, 1), "UTC")))
    hop2 = ("from SN4PEPF0000%s.namprd03.prod.outlook.com\n\t(2603:10b6:806:%s::4) by %s with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9203.12 via Frontend Transport; %s"
            % (hexs(r, 4, True), hexs(r, 3), fq, rfcdate(sec(t, 2), "UTC")))
    e = direct(m, t, snd, rcpt, "NAM12-BN8-obe.outbound.protection.outlook.com", "mail-bn8nam12on2%03d.outbound.protection.outlook.com" % n,
               "40.107.237.%d" % n, hops=[hop1, hop2], tls=TLS12, msgid="<%s@%s>" % (uuid4s(r).upper(), "az-westeurope.accountprotection.microsoft.com"),
               order=["From", "To", "Subject", "Date", "Message-ID", "Content-Type", "MIME-Version", "X-MS-Exchange-Organization-Network-Message-Id"], zone="UTC",
               bstyle="python")
    text = """Microsoft-Konto

Ungewöhnliche Anmeldeaktivität

Wir haben eine ungewöhnliche Anmeldeaktivität für das Microsoft-Konto lu*****@example.com festgestellt. Um Ihnen zu helfen, Ihre Sicherheit zu gewährleisten, ist ein zusätzlicher Schritt erforderlich.

Anmeldedetails
Land/Region: Deutschland
IP-Adresse: 93.211.164.177
Datum: 27.10.2026 08:12 (MEZ)
Plattform: iOS
Browser: Safari

Bitte überprüfen Sie die letzten Aktivitäten, um uns zu helfen, Ihr Konto zu schützen. Wir helfen Ihnen, die nächsten Schritte zu unternehmen.

[[!Letzte Aktivitäten überprüfen|https://account.live.com/Activity]]

Hier können Sie sich abmelden oder die E-Mail-Adresse ändern, an die Sicherheitsbenachrichtigungen gesendet werden: [[Klicken Sie hier|https://account.live.com/SecurityNotifications/Update]].

Vielen Dank.
Das Microsoft-Kontoteam

Datenschutzerklärung: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    html = html_esp(text, "utf-8", brand="Microsoft-Konto", color="#2672ec", lang="de", logo_text="Microsoft",
                    font="Segoe UI Semibold, Segoe UI Bold, Segoe UI, Helvetica Neue Medium, Arial, sans-serif")
    root = alt(e, tp(plain(text, "colon"), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("Microsoft-Kontoteam", snd), rcpt, "Ungewöhnliche Anmeldeaktivität beim Microsoft-Konto", root, "utf-8", "Q",
           extra={"X-MS-Exchange-Organization-Network-Message-Id": uuid4s(r)})
    m.what = "Genuine Microsoft account 'unusual sign-in activity' alert (German locale) to the mail admin's Microsoft account."
    m.why = "Comes from accountprotection.microsoft.com through Microsoft's own NAM Exchange Online outbound; links only to account.live.com / go.microsoft.com; the sign-in IP is the admin's own Telekom line."
    m.hardneg = [(7, "Microsoft account-security mail in German; genuine alert from Microsoft infrastructure vs. quishing MFA lure.")]
    return m


def b08():
    m = Message("business", 8, LANG, "bewerbung-mit-pdf-gmail")
    t = U(2026, 11, 10, 20, 48, 3)
    snd, rcpt = "tobias.ehlers.92@gmail.com", "jobs@example.com"
    e = gmail(m, t, snd, rcpt)
    text = """Sehr geehrte Frau Müller,

auf Ihre Anzeige vom 02.11.2026 bewerbe ich mich als Prüfer (m/w/d) Qualitätssicherung Part-145/CAMO.

Derzeit arbeite ich als Compliance Auditor bei einem Part-145-Betrieb in Hannover und betreue dort interne Audits, Findings-Management und die Vorbereitung der LBA-Überwachungsaudits. Zuvor war ich sechs Jahre als B1-Lizenzierter auf A320 und ATR tätig.

Meine Unterlagen habe ich Ihnen als ein PDF angehängt (Anschreiben, Lebenslauf, Zeugnisse, Lizenz). Meine Kündigungsfrist beträgt drei Monate zum Quartalsende.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Tobias Ehlers
Tel. 0151 5550 4417
"""
    cv = pdf([("h1", "Bewerbung Tobias Ehlers"), ("p", "Prüfer (m/w/d) Qualitätssicherung Part-145/CAMO · Example Group, Hamburg"), ("rule", ""),
              ("h2", "Lebenslauf"),
              ("p", "seit 03/2022  Compliance Auditor, Part-145-Betrieb, Hannover\n"
                    "2016 - 2022   Fluggerätmechaniker / B1.1 Certifying Staff A320, ATR 72\n"
                    "2013 - 2016   Ausbildung Fluggerätmechaniker, Fachrichtung Instandhaltungstechnik"),
              ("h2", "Qualifikationen"),
              ("p", "EASA Part-66 B1.1 (A320 Family CFM56, ATR 42/72 PW127), Human Factors, EWIS, Fuel Tank Safety, "
                    "Interner Auditor Part-145 / ISO 9001, Englisch C1"),
              ("small", "Anlagen: Anschreiben, Arbeitszeugnisse, Lizenzkopie (geschwärzt)")],
             sec(t, 3600), title="Bewerbung Tobias Ehlers", author="Tobias Ehlers", creator="Writer", producer="LibreOffice 24.8")
    root = mixed(e, alt(e, tp(text, "utf-8", "quoted-printable", label="UTF-8"), hp(html_gmail(text), "utf-8", "quoted-printable", label="UTF-8")),
                 att("application/pdf", cv, "Bewerbung_Tobias_Ehlers.pdf"))
    finish(m, e, addr("Tobias Ehlers", snd), rcpt,
           "Bewerbung: Prüfer (m/w/d) Qualitätssicherung Part-145/CAMO", root, "utf-8", "B", "UTF-8")
    m.what = "Genuine job application from Gmail with one plain PDF (CV, certificates)."
    m.why = "Normal applicant behaviour: Gmail's real infrastructure, an unencrypted PDF, specific and verifiable career details, no archive or password."
    m.hardneg = [(8, "Job application to the HR mailbox with attachment; plain PDF vs. password-protected ZIP with .lnk.")]
    return m


ATTACKS = [a01, a02, a03, a04, a05, a06, a07, a08]
BUSINESS = [b01, b02, b03, b04, b05, b06, b07, b08]
