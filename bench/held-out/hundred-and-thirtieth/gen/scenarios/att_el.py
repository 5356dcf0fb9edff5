# -*- coding: utf-8 -*-
"""Attacks, Greek (32-36)."""
from .common import *  # noqa: F401,F403
from .common import S, H, loc, ol_alt, outlook_html, ol_p, qr_html_table
from .orgs import VOR
from lib import util, systems as SY
from lib.message import scenario


# ---------------------------------------------------------------------------------------------
@scenario("attack", 32, "el", "aade-epistrofi-qr-table")
def a32(m):
    m.at("GR", 2026, 10, 19, 9, 40)
    m.mua = "brevo"
    link = m.url("https://myaade-epistrofi.gr/taftopoiisi?afm=801543276&ref=EP-2026-448127")
    m.qr_payload(link, "HTML body (QR drawn as a table)")
    text = ("ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ\n\n"
            "Αξιότιμε/η φορολογούμενε,\n\n"
            "Μετά την εκκαθάριση της δήλωσης ΦΠΑ του φορολογικού έτους 2025 προέκυψε πιστωτικό υπόλοιπο υπέρ του ΑΦΜ "
            "801543276 (EXAMPLE HELLAS Ι.Κ.Ε.) ύψους 1.284,50 €.\n\n"
            "Για να πιστωθεί το ποσό, επιβεβαιώστε τον λογαριασμό IBAN της επιχείρησης έως τις 23/10/2026. "
            "Σαρώστε τον κωδικό QR με το κινητό σας για ταυτοποίηση μέσω gov.gr Wallet ή χρησιμοποιήστε τον σύνδεσμο:\n\n"
            "%s\n\n"
            "Μετά την παρέλευση της προθεσμίας το ποσό συμψηφίζεται με μελλοντικές οφειλές.\n\n"
            "Με εκτίμηση,\nΑΑΔΕ – Γενική Διεύθυνση Φορολογικής Διοίκησης\n" % link)
    qrt = qr_html_table(link, 4)
    html = ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f6f8;font-family:Arial,sans-serif">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;color:#222">'
            '<tr><td style="background:#003476;padding:16px 24px;color:#fff;font-size:17px"><b>ΑΑΔΕ</b> · Ανεξάρτητη Αρχή Δημοσίων Εσόδων</td></tr>'
            '<tr><td style="padding:24px;font-size:14px;line-height:22px">Αξιότιμε/η φορολογούμενε,<br><br>Μετά την εκκαθάριση της δήλωσης ΦΠΑ του φορολογικού '
            'έτους 2025 προέκυψε πιστωτικό υπόλοιπο υπέρ του ΑΦΜ <b>801543276</b> (EXAMPLE HELLAS Ι.Κ.Ε.) ύψους <b>1.284,50 €</b>.<br><br>'
            'Για να πιστωθεί το ποσό, επιβεβαιώστε τον λογαριασμό IBAN της επιχείρησης έως τις <b>23/10/2026</b>. Σαρώστε τον κωδικό QR με το κινητό σας '
            'για ταυτοποίηση μέσω gov.gr Wallet:</td></tr><tr><td align="center" style="padding:4px 24px 16px 24px">' + qrt +
            '</td></tr><tr><td style="padding:0 24px 24px 24px;font-size:14px;line-height:22px">ή <a href="%s">συνδεθείτε εδώ με κωδικούς TAXISnet</a>.<br><br>'
            'Μετά την παρέλευση της προθεσμίας το ποσό συμψηφίζεται με μελλοντικές οφειλές.<br><br>Με εκτίμηση,<br>ΑΑΔΕ – Γενική Διεύθυνση Φορολογικής Διοίκησης</td></tr>'
            '</table></body></html>' % H(link))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "base64"))
    m.send(body, ("ΑΑΔΕ – Επιστροφές Φόρου", "enimerosi@aade-epistrofes.gr"), [S["gr_acc"]],
           "Επιστροφή φόρου: εκκρεμεί πίστωση 1.284,50 € – επιβεβαίωση IBAN",
           SY.brevo(custom_dom="aade-epistrofes.gr"),
           env_from="bounces-%d-georgios.nikolaidis=example.com@sendibt3.com" % m.rng.randrange(10 ** 6, 10 ** 7))
    m.what = ("'AADE' (Greek tax authority) says a VAT refund of 1,284.50 EUR is pending and the company IBAN must be "
              "confirmed by 23 Oct via QR code / TAXISnet login.")
    m.why = ("Tax-refund phishing via Brevo from aade-epistrofes.gr; the QR code is drawn as an HTML table (no image for "
             "scanners) and, like the link, leads to myaade-epistrofi.gr harvesting TAXISnet credentials; AADE does not "
             "ask to confirm IBANs by e-mail, deadline.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 33, "el", "eurobank-callback-iso8859-7")
def a33(m):
    m.at("GR", 2026, 10, 22, 18, 55)
    m.mua = "generic"
    m.hdr_cs, m.hdr_enc = "iso-8859-7", "B"
    phone = m.phone("+30 211 198 4471")
    text = ("Eurobank Business Banking - Ειδοποίηση ασφαλείας\n\n"
            "Αγαπητέ/ή πελάτη,\n\n"
            "Εντοπίστηκε μη συνήθης συναλλαγή από τον εταιρικό σας λογαριασμό:\n\n"
            "Ποσό: 4.980,00 EUR\n"
            "Δικαιούχος: NOVA TRADE LOGISTICS LTD (Κύπρος)\n"
            "Ημερομηνία: 22/10/2026 18:41\n"
            "Κωδικός αναφοράς: EB-SEC-77193\n\n"
            "Η συναλλαγή έχει τεθεί σε προσωρινή αναμονή. Αν ΔΕΝ την αναγνωρίζετε, καλέστε ΑΜΕΣΑ το Τμήμα Ασφάλειας "
            "Συναλλαγών στο %s (24ώρες) αναφέροντας τον κωδικό αναφοράς, ώστε να ακυρωθεί.\n\n"
            "Αν δεν επικοινωνήσετε εντός 2 ωρών η συναλλαγή θα εκτελεστεί αυτόματα.\n\n"
            "Για την ασφάλειά σας μην απαντάτε σε αυτό το μήνυμα.\n\nEurobank\n" % phone)
    body = m.plain(text, "iso-8859-7", "quoted-printable", style="bare")
    m.send(body, ("Eurobank - Ασφάλεια Συναλλαγών", "alerts@eurobank-secure-alerts.com"), [S["gr_om"]],
           "Ειδοποίηση: μη συνήθης συναλλαγή 4.980,00 EUR - απαιτείται ενέργεια",
           SY.vps_postfix("mail.eurobank-secure-alerts.com", "164.92.187.33", rdns="unknown", dkim_sel="dkim", client_ip="94.156.64.12",
                          client="[127.0.0.1]", zone="GR"))
    m.what = ("'Eurobank' security alert: a 4,980 EUR transfer to Cyprus is on hold; if not recognised call the 'security "
              "department' within 2 hours. Plain text, ISO-8859-7.")
    m.why = ("Callback phishing against the Greek office: no link, only a phone number run by the fraudsters (they then "
             "ask for e-banking codes / OTPs); look-alike eurobank-secure-alerts.com on a DigitalOcean host without reverse "
             "DNS, 2-hour pressure, generic greeting.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 34, "el", "elta-courier-teli")
def a34(m):
    m.at("GR", 2026, 12, 1, 10, 7)
    m.mua = "phpmailer"
    m.hdr_cs, m.hdr_enc = "UTF-8", "B"
    link = m.url("https://elta-courier-gr.delivery-fees.top/pay?awb=EL728491336GR")
    text = ("ΕΛΤΑ COURIER\n\n"
            "Αγαπητέ πελάτη,\n\n"
            "Η αποστολή σας με αριθμό EL 728 491 336 GR δεν μπόρεσε να παραδοθεί λόγω μη καταβολής τελών "
            "εκτελωνισμού / διαχείρισης (2,36 €).\n\n"
            "Για να προγραμματιστεί νέα παράδοση, παρακαλούμε πληρώστε τα τέλη εντός 48 ωρών:\n\n%s\n\n"
            "Μετά την πάροδο της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.\n\n"
            "ΕΛΤΑ Courier Α.Ε.\n" % link)
    html = ('<html><body style="font-family:Arial,sans-serif;background:#fff"><table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">'
            '<tr><td style="background:#ffcc00;padding:14px 20px;font-size:20px;color:#003d7c"><b>ΕΛΤΑ COURIER</b></td></tr>'
            '<tr><td style="padding:20px;font-size:14px;line-height:21px">Αγαπητέ πελάτη,<br><br>Η αποστολή σας με αριθμό <b>EL 728 491 336 GR</b> δεν μπόρεσε να '
            'παραδοθεί λόγω μη καταβολής τελών εκτελωνισμού / διαχείρισης (<b>2,36 €</b>).<br><br>Για να προγραμματιστεί νέα παράδοση, παρακαλούμε πληρώστε τα '
            'τέλη εντός 48 ωρών.<br><br><a href="%s" style="background:#003d7c;color:#fff;padding:10px 22px;text-decoration:none">Πληρωμή τελών</a><br><br>'
            'Μετά την πάροδο της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.<br><br>ΕΛΤΑ Courier Α.Ε.</td></tr></table></body></html>' % H(link))
    body = m.alt(m.plain(text, "utf-8", "base64"), m.html(html, "utf-8", "base64"))
    m.send(body, ("ΕΛΤΑ Courier", "info@kafeteria-aigli.gr"), [S["gr_om"]],
           "Η αποστολή σας EL728491336GR είναι σε αναμονή – απαιτούνται τέλη 2,36 €",
           SY.exim_cpanel("sh45.webhost-gr.net", "185.138.42.19", None, None, php_user="kafeteri", php_script="/wp-admin/includes", zone="GR"),
           env_from="kafeteri@sh45.webhost-gr.net")
    m.what = "'ELTA Courier' says a parcel is held for 2.36 EUR customs/handling fees, pay within 48 h or it is returned."
    m.why = ("Courier-fee card phishing from a hacked café website (PHPMailer, cPanel/Exim), payment page on a .top domain, "
             "tiny amount to collect card data, generic greeting; the Greek office expects no parcel (compare the forwarded "
             "report in business/34).")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 35, "el", "voreios-kompromitismeno-svg")
def a35(m):
    m.at("GR", 2026, 11, 25, 16, 21)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "windows-1253", "B"
    frm = VOR["karagianni"]
    link = m.url("https://voreios-dianomes-gr.docs-viewer.online/inv/4471?e=Z2Vvcmdpb3Mubmlrb2xhaWRpc0BleGFtcGxlLmNvbQ")
    text = ("Καλησπέρα σας κ. Νικολαΐδη,\n\n"
            "σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 4471 (προωθητικές ενέργειες Νοεμβρίου) "
            "για έλεγχο και εξόφληση.\n\n"
            "Το αρχείο ανοίγει στον browser – σε περίπτωση που δεν εμφανίζεται σωστά, πατήστε «Προβολή εγγράφου».\n\n"
            "Παρακαλούμε για την εξόφληση έως την Παρασκευή.\n\n"
            "Με εκτίμηση,\n\nΜαρία Καραγιάννη\nΛογιστήριο\nΒΟΡΕΙΟΣ ΔΙΑΝΟΜΕΣ Α.Ε.\nΒΙ.ΠΕ. Σίνδου, 570 22 Θεσσαλονίκη\n"
            "Τηλ. 2310 798 400\n")
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="1060" viewBox="0 0 820 1060">\n'
           '  <rect width="820" height="1060" fill="#ffffff"/>\n'
           '  <rect x="0" y="0" width="820" height="90" fill="#0b5394"/>\n'
           '  <text x="40" y="56" font-family="Arial" font-size="28" fill="#ffffff">ΒΟΡΕΙΟΣ ΔΙΑΝΟΜΕΣ Α.Ε.</text>\n'
           '  <text x="40" y="150" font-family="Arial" font-size="22" fill="#222">ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ 4471</text>\n'
           '  <rect x="40" y="190" width="740" height="420" fill="#f1f3f4" stroke="#cccccc"/>\n'
           '  <text x="410" y="380" text-anchor="middle" font-family="Arial" font-size="18" fill="#555">Το έγγραφο είναι προστατευμένο.</text>\n'
           '  <text x="410" y="410" text-anchor="middle" font-family="Arial" font-size="16" fill="#555">Συνδεθείτε με τον εταιρικό σας λογαριασμό για προβολή.</text>\n'
           '  <a xlink:href="%s" href="%s" target="_blank">\n'
           '    <rect x="300" y="450" width="220" height="48" rx="6" fill="#1a73e8"/>\n'
           '    <text x="410" y="481" text-anchor="middle" font-family="Arial" font-size="18" fill="#ffffff">Προβολή εγγράφου</text>\n'
           '  </a>\n'
           '  <text x="40" y="1010" font-family="Arial" font-size="12" fill="#999">Πάροχος Ηλεκτρονικής Τιμολόγησης · Ασφαλής προβολή</text>\n'
           '</svg>\n' % (H(link), H(link)))
    body = m.mixed(ol_alt(m, text, "el", "windows-1253", "quoted-printable"),
                   m.attach(svg.encode("utf-8"), "image/svg+xml", "ΤΠΥ_4471_Βόρειος_Διανομές.svg"))
    m.send(body, frm, [S["gr_acc"]], "Τιμολόγιο ΤΠΥ 4471 – εκκρεμής εξόφληση",
           SY.exim_cpanel(VOR["host"], VOR["ip"], "196.251.84.163", "[192.168.1.4]", auth_id=frm[1], zone="GR"))
    m.what = ("The Greek customer's accounts department sends service invoice ΤΠΥ 4471 (November promotion fees) as an SVG "
              "that 'opens in the browser'.")
    m.why = ("Compromised genuine mailbox of a real customer (own cPanel server, SPF/DKIM/DMARC pass, but authenticated from "
             "an unfamiliar foreign IP); the SVG contains no invoice, only a 'view document' link to a credential page "
             "carrying the victim's address; real invoices come as PDF with myDATA mark (business/35).")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 36, "el", "diagonismos-xenodoxeion-phishing")
def a36(m):
    m.at("GR", 2026, 11, 9, 11, 2)
    m.mua = "thunderbird"
    link = m.url("https://www.dropbox.com/scl/fi/k3v9q2x7m1p8r4t6w0y5z/Prosklisi_Diagonismou_2027.pdf?rlkey=h2n8c4v6b1x9z3q7w5e0r2t4y&st=a8d3f1k2&dl=0")
    phone = m.phone("+30 23710 488 12")
    text = ("Αξιότιμοι κύριοι,\n\n"
            "Ο Όμιλος Ξενοδοχείων Χαλκιδικής (6 ξενοδοχειακές μονάδες σε Κασσάνδρα και Σιθωνία) προσκαλεί την εταιρεία σας "
            "να υποβάλει προσφορά για την προμήθεια εμφιαλωμένου φυσικού μεταλλικού νερού για τη σεζόν 2027 "
            "(Απρίλιος – Οκτώβριος), εκτιμώμενη ποσότητα 640.000 φιάλες.\n\n"
            "Τα τεύχη του διαγωνισμού (τεχνικές προδιαγραφές, έντυπο οικονομικής προσφοράς, σχέδιο σύμβασης) είναι "
            "διαθέσιμα στον παρακάτω σύνδεσμο:\n\n%s\n\n"
            "Για την προβολή των τευχών πατήστε «Άνοιγμα εγγράφων» στο PDF και συνδεθείτε με το εταιρικό σας email.\n\n"
            "Καταληκτική ημερομηνία υποβολής: 20/11/2026.\n\n"
            "Με εκτίμηση,\n\nΔημήτρης Παπαδόπουλος\nΥπεύθυνος Προμηθειών\nΌμιλος Ξενοδοχείων Χαλκιδικής\nΤηλ. %s\n" % (link, phone))
    body = m.alt(m.plain(text, "UTF-8", "quoted-printable", style="bare", params="; format=flowed"),
                 m.html(tb_html_text(text), "UTF-8", "quoted-printable"))
    m.send(body, ("Όμιλος Ξενοδοχείων Χαλκιδικής – Προμήθειες", "promithies@chalkidiki-hotels-group.com"), [S["gr_om"]],
           "Πρόσκληση υποβολής προσφοράς – εμφιαλωμένο νερό σεζόν 2027",
           SY.vps_postfix("mail.chalkidiki-hotels-group.com", "116.203.91.45", rdns="static.45.91.203.116.clients.your-server.de",
                          dkim_sel="mail", client_ip="37.120.206.91", client="[10.0.2.15]", zone="GR"))
    m.what = ("Invitation from a Chalkidiki hotel group to tender for 640,000 bottles of mineral water for season 2027; "
              "tender documents shared as a Dropbox link, 'sign in with your company e-mail' to open them.")
    m.why = ("Fake tender used for credential phishing through a real platform: the Dropbox link is genuine and hosts a PDF "
             "whose 'open documents' button leads to a mailbox-login page; newly registered hotel domain on a Hetzner VPS, "
             "login required to 'view' tender documents; compare the genuine RFQ in business/36.")


def tb_html_text(text):
    from .common import tb_html
    return tb_html(text)
