"""Business messages 32-36 (Greek)."""
from lib import base, clients, containers, docs, infra, mime, util
from lib import company as C
from lib.base import Multipart, Part, Rfc822, att, bnd, finish, mk
from lib.util import local

MV = C.MAVR
E = C.ENT["GR"]


def b32():
    m = mk("32-el-aade-thyrida-neo-minima", "business", "el")
    m.t = local("GR", 2026, 11, 26, 14, 37, 12)
    m.date_zone = "GR"
    m.from_ = ("ΑΑΔΕ", "noreply@aade.gr")
    m.to = [(None, "georgios.nikolaidis@example.com")]
    m.rcpt = "georgios.nikolaidis@example.com"
    m.subject = "Ενημέρωση: νέο έγγραφο στη Θυρίδα σας στο myAADE"
    m.hcs = "iso-8859-7"
    m.hmode = "B"
    text = ("Αγαπητέ/ή χρήστη,\n\n"
            "σας ενημερώνουμε ότι στη Θυρίδα σας στο myAADE αναρτήθηκε νέο έγγραφο:\n\n"
            "ΑΦΜ: 801543270\n"
            "Τύπος: Βεβαίωση υποβολής - Περιοδική δήλωση ΦΠΑ (Οκτώβριος 2026)\n"
            "Ημερομηνία ανάρτησης: 26/11/2026\n\n"
            "Για να δείτε το έγγραφο, συνδεθείτε στο myAADE από την ιστοσελίδα www.aade.gr > myAADE > Θυρίδα. "
            "Η ΑΑΔΕ δεν αποστέλλει ποτέ συνδέσμους σύνδεσης με κωδικούς TAXISnet μέσω email και δεν ζητά στοιχεία "
            "τραπεζικών λογαριασμών με μήνυμα ηλεκτρονικού ταχυδρομείου.\n\n"
            "Το μήνυμα αυτό είναι ενημερωτικό. Παρακαλούμε μην απαντάτε.\n\n"
            "Ανεξάρτητη Αρχή Δημοσίων Εσόδων\n")
    m.root = clients.text_part(text, "iso-8859-7", "base64")
    m.system = (infra.platform, dict(host="mailgw2.aade.gr", ip="192.0.2.58",
                                     dkim_list=[("aade.gr", "aade2025", "From:To:Subject:Date:Message-ID")],
                                     msgid="%s@aade.gr" % util.uuid4(m.r), envfrom="noreply@aade.gr", dmarc="pass",
                                     order=("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "__MIME__")))
    return finish(m, "Greek tax authority notice: a VAT return submission certificate was posted to the company's "
                     "myAADE inbox; go to www.aade.gr yourself.",
                  "Genuine authority notice: aade.gr with DKIM/DMARC, no link, no money or IBAN request, explicit "
                  "warning about login links.",
                  hard_neg=(["32-el-aade-epistrofi-fpa-phishing"], "AADE / myAADE notification",
                            "Official domain, no link or refund bait, no IBAN request"))


def b33():
    m = mk("33-el-mavridis-apodeiktiko-pliromis-pdf", "business", "el")
    m.t = local("GR", 2026, 12, 3, 12, 9, 4)
    m.date_zone = "GR"
    m.from_ = MV["logist"]
    m.to = [C.S("acc_gr")]
    m.rcpt = "georgios.nikolaidis@example.com"
    m.subject = "Εξόφληση προκαταβολής - Τιμολόγιο ΤΠΥ 311/2026"
    m.hcs = "windows-1253"
    m.hmode = "B"
    m.msgid = "000001db6556$%s$%s@mavridis-olive.gr" % (util.rand_hex(m.r, 8), util.rand_hex(m.r, 8))
    paras = ["Καλημέρα σας κ. Νικολαΐδη,",
             "σας επισυνάπτουμε το αποδεικτικό της μεταφοράς που έγινε σήμερα από την Eurobank για την προκαταβολή του "
             "τιμολογίου ΤΠΥ 311/2026 (περίπτερο Food Expo 2027), ποσό 14.880,00 €.",
             "Λόγω διατραπεζικής, η πίστωση αναμένεται αύριο.",
             "Με εκτίμηση"]
    sig = ["Δέσποινα Καραγιάννη", "Λογιστήριο", "Ελαιουργία Μαυρίδη Α.Ε.", "Τηλ. +30 27210 88 410"]
    pdfb = docs.letter_pdf(
        m, "Eurobank", ["Eurobank Business · Αποδεικτικό συναλλαγής"],
        ["ΕΛΑΙΟΥΡΓΙΑ ΜΑΥΡΙΔΗ Α.Ε.", "ΑΦΜ " + MV["vat"][2:]], "03/12/2026 11:52",
        "Αποδεικτικό μεταφοράς SEPA (διατραπεζική)",
        ["Αριθμός αναφοράς: 2026120300418837", "Λογαριασμός χρέωσης: GR** **** **** **** **** **** 716",
         "Δικαιούχος: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.", "IBAN δικαιούχου: " + util.iban_fmt(E["iban"]),
         "Τράπεζα δικαιούχου: Τράπεζα Πειραιώς (PIRBGRAA)", "Ποσό: 14.880,00 EUR",
         "Αιτιολογία: ΠΡΟΚΑΤΑΒΟΛΗ ΤΠΥ 311/2026", "Ημερομηνία αξίας: 04/12/2026", "Κατάσταση: Εκτελεσμένη"],
        closing=["Το παρόν αποτελεί αποδεικτικό εκτέλεσης εντολής και δεν υπέχει θέση απόδειξης είσπραξης."],
        color=(0.0, 0.3, 0.55), creator="Eurobank e-Banking", producer="iText 7.2.5", zone="GR",
        t=local("GR", 2026, 12, 3, 11, 53))
    pdfp = att(m, pdfb, "application/pdf", "Apodeiktiko_Metaforas_2026120300418837.pdf", "outlook")
    body = base.outlook_body(m, paras, sig, lang="el", cs="windows-1253", atts=[pdfp], font="Calibri")
    m.root = base.desktop_outlook_bounds(m, body, "01DB6556")
    m.extra = [("X-Mailer", "Microsoft Outlook 16.0")]
    m.system = (infra.exim_cpanel, dict(server=MV["host"], server_ip=MV["ip"], phpmailer=False,
                                        auth_user="logistirio@mavridis-olive.gr", client_ip="94.66.58.201"))
    return finish(m, "Customer's accounts department sends the bank's transfer confirmation for the Food Expo down "
                     "payment; the PDF is the actual receipt with the beneficiary IBAN (Example Group Hellas).",
                  "Genuine remittance advice: usual sender and host, login from a Greek consumer IP, PDF contains the "
                  "receipt itself, amount and invoice match, no link.",
                  hard_neg=(["34-el-mavridis-paraviasi-pdf-apodeiktiko"], "Payment confirmation PDF from Mavridis",
                            "Receipt content in the PDF, no 'view document' link, plausible Greek client IP"),
                  phones=["+30 27210 88 410"])


def b34():
    m = mk("34-el-it-syntirisi-proothisi-eml", "business", "el")
    m.t = local("GR", 2026, 12, 8, 9, 14, 20)
    m.date_zone = "GR"
    m.from_ = C.S("om_gr")
    m.to = [("Athens Office", "athens-office@example.com")]
    m.rcpt = "georgios.nikolaidis@example.com"
    m.subject = "ΠΡΘ: Planned maintenance - Windows 11 upgrade Athens office, Sat 12 Dec"
    infra.exchange_prepare(m, "EXCH01")
    # inner original from Head of IT
    inner_t = local("DE", 2026, 12, 7, 16, 2, 11)
    inner_mid = "%s@EXCH02.corp.example.com" % util.rand_hex(m.r, 32)
    itext = ("Dear colleagues in Athens,\n\n"
             "on Saturday, 12 December 2026, 08:00-14:00 EET, we will upgrade all workstations in the Athens office to "
             "Windows 11 24H2 and replace the office firewall. Please leave your PCs switched on and logged off on "
             "Friday evening.\n\n"
             "What you need to know:\n"
             "- Nothing needs to be installed by you. All software is deployed centrally via Intune.\n"
             "- IT will never send you a link to install remote-support tools. If we need to look at your screen, we "
             "start Quick Assist together after you have called the Service Desk (+49 211 5403 8850) and opened a "
             "ticket.\n"
             "- Please report any messages asking you to install 'support tools' to servicedesk@example.com.\n\n"
             "Thank you,\nThomas Becker\nHead of IT, Example Group GmbH\n")
    ih = [("From", "Thomas Becker <thomas.becker@example.com>"),
          ("To", "Eleni Papadopoulou <eleni.papadopoulou@example.com>"),
          ("Cc", "Jonas Wagner <jonas.wagner@example.com>"),
          ("Subject", "Planned maintenance - Windows 11 upgrade Athens office, Sat 12 Dec"),
          ("Thread-Topic", "Planned maintenance - Windows 11 upgrade Athens office, Sat 12 Dec"),
          ("Thread-Index", "AdtoxQ" + util.rand_alnum(m.r, 22) + "=="),
          ("Date", util.rfc2822(inner_t, "DE")), ("Message-ID", "<%s>" % inner_mid),
          ("Accept-Language", "de-DE, en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    iraw = mime.render(ih, clients.text_part(itext, "us-ascii", "7bit"))
    paras = ["Καλημέρα σε όλους,",
             "προωθώ την ενημέρωση του IT από το Düsseldorf (επισυνάπτεται το αρχικό μήνυμα). Το Σάββατο 12/12 "
             "08:00–14:00 θα γίνει αναβάθμιση των υπολογιστών και αλλαγή του firewall.",
             "Την Παρασκευή φεύγοντας αφήνετε τους υπολογιστές ανοιχτούς και κάνετε αποσύνδεση. Δεν χρειάζεται να "
             "εγκαταστήσετε τίποτα – και προσοχή: το IT δεν στέλνει ποτέ συνδέσμους για εγκατάσταση εργαλείων "
             "απομακρυσμένης υποστήριξης. Αν λάβετε κάτι τέτοιο (όπως το μήνυμα της προηγούμενης εβδομάδας), μην το "
             "ανοίξετε και προωθήστε το στο servicedesk@example.com.",
             "Ευχαριστώ,\nΕλένη"]
    sig = ["Eleni Papadopoulou", "Office Manager · Example Group Hellas", "Λεωφόρος Κηφισού 96 · 122 41 Αιγάλεω",
           "T +30 210 345 8120"]
    text = clients.plain_text(paras, sig, None, "outlook", "el")
    html = clients.outlook_html(paras, clients.outlook_sig(sig), None, "el", "utf-8")
    alt = clients.alt(text, html, "utf-8", "utf-8", "base64", "base64", infra.ms_boundary(m, "000"))
    fw = Rfc822(iraw, filename="Planned maintenance - Windows 11 upgrade Athens office, Sat 12 Dec.eml",
                disposition="attachment", cte="7bit")
    m.root = Multipart("mixed", [alt, fw], infra.ms_boundary(m, "004"))
    m.subj_cs = "utf-8"
    m.system = (infra.exchange, dict(lang="el-GR", client_ip="10.20.70.14"))
    return finish(m, "Athens office manager forwards the Head of IT's maintenance announcement (attached as .eml) with "
                     "a Greek summary and a reminder that IT never sends links to install remote tools.",
                  "Genuine internal IT notice: internal Exchange route, original message from the real Head of IT "
                  "attached, nothing to install, refers to the Service Desk process.",
                  hard_neg=(["35-el-helpdesk-screenconnect-egkatastasi"], "IT maintenance / remote support",
                            "Internal sender, no download link, explicit process for remote sessions"),
                  phones=["+49 211 5403 8850", "+30 210 345 8120"])


def b35():
    m = mk("35-el-eshdhs-eidopoiisi-diagonismou", "business", "el")
    m.t = local("GR", 2026, 10, 16, 13, 20, 44)
    m.date_zone = "GR"
    m.from_ = ("ΕΣΗΔΗΣ - Προμηθεύς", "noreply@promitheus.gov.gr")
    m.to = [(None, "eleni.papadopoulou@example.com")]
    m.rcpt = "eleni.papadopoulou@example.com"
    m.subject = "ΕΣΗΔΗΣ: Δημοσίευση διαγωνισμού σε κατηγορία ενδιαφέροντος (CPV 39154000-6)"
    url = "https://portal.eprocurement.gov.gr/webcenter/portal/TestPortal?_adf.ctrl-state=public&tender=312205"
    text = ("Ενημέρωση συνδρομητή\n\n"
            "Δημοσιεύθηκε νέος διαγωνισμός σε κατηγορία CPV που παρακολουθείτε:\n\n"
            "Α/Α Συστήματος: 312205\n"
            "Αναθέτουσα αρχή: ΔΕΘ-HELEXPO Α.Ε.\n"
            "Τίτλος: Μελέτη, κατασκευή και αποξήλωση περιπτέρων εκθετών για την 90ή ΔΕΘ (Σεπτέμβριος 2027)\n"
            "CPV: 39154000-6 (Εξοπλισμός εκθέσεων)\n"
            "Καταληκτική ημερομηνία υποβολής: 27/11/2026 15:00\n\n"
            "Η διακήρυξη και τα τεύχη είναι διαθέσιμα δημόσια στη διαδικτυακή πύλη του ΕΣΗΔΗΣ και στο ΚΗΜΔΗΣ:\n%s\n\n"
            "Για την υποβολή προσφοράς απαιτείται πιστοποιημένος χρήστης οικονομικού φορέα με κωδικούς TAXISnet, "
            "μέσω της πύλης και όχι μέσω email.\n\n"
            "Για διακοπή της συνδρομής: Ρυθμίσεις > Ειδοποιήσεις στο portal.\n" % url)
    m.root = clients.text_part(text, "UTF-8", "quoted-printable")
    m.system = (infra.platform, dict(host="smtp.promitheus.gov.gr", ip="192.0.2.233",
                                     dkim_list=[("promitheus.gov.gr", "esidis", "From:To:Subject:Date:Message-ID")],
                                     msgid="%s.JavaMail.weblogic@esidis-app03" % util.rand_hex(m.r, 16),
                                     envfrom="noreply@promitheus.gov.gr", dmarc="pass"))
    return finish(m, "Greek e-procurement subscription alert: a HELEXPO tender for exhibitor pavilions was published "
                     "in a watched CPV category, documents public on the portal.",
                  "Genuine public-tender notification: official gov.gr domain with DKIM, tender documents public, "
                  "submission only through the portal, no attachment asking for credentials.",
                  hard_neg=(["36-el-psevdis-diagonismos-eshdhs-docx"], "Public tender invitation (ΕΣΗΔΗΣ)",
                            "Official domain, public documents, no 'certified users only' login link"))


def b36():
    m = mk("36-el-mavridis-allages-periptero-food-expo", "business", "el")
    m.t = local("GR", 2026, 11, 19, 17, 55, 8)
    m.date_zone = "GR"
    m.from_ = MV["nikos"]
    m.to = [C.S("om_gr")]
    m.rcpt = "eleni.papadopoulou@example.com"
    m.subject = "Αλλαγές στο περίπτερο Food Expo 2027"
    m.hcs = "iso-8859-7"
    m.hmode = "B"
    m.msgid = "000001db5a43$%s$%s@mavridis-olive.gr" % (util.rand_hex(m.r, 8), util.rand_hex(m.r, 8))
    paras = ["Κυρία Παπαδοπούλου καλησπέρα,",
             "είδαμε με τον πατέρα μου τα σχέδια του περιπτέρου για τη Food Expo (Μάρτιος 2027). Μας αρέσουν πολύ. "
             "Θα θέλαμε τρεις αλλαγές:",
             "1. Ο πάγκος γευσιγνωσίας να γίνει 4 μέτρα αντί για 3.\n2. Στο πίσω τοίχωμα η φωτογραφία του ελαιώνα "
             "αντί για το λογότυπο.\n3. Μια μικρή αποθήκη με κλειδαριά για τα δείγματα.",
             "Αν αλλάζει το κόστος στείλτε μας νέα προσφορά. Την Τετάρτη είμαι στην Αθήνα, αν θέλετε περνάω από το "
             "γραφείο σας να τα πούμε.",
             "Φιλικά,\nΝίκος Μαυρίδης"]
    sig = ["Νίκος Μαυρίδης", "Διευθυντής Πωλήσεων", "Ελαιουργία Μαυρίδη Α.Ε. · Καλαμάτα", "Τηλ. +30 27210 88 410"]
    body = base.outlook_body(m, paras, sig, lang="el", cs="iso-8859-7", font="Calibri")
    m.root = base.desktop_outlook_bounds(m, body, "01DB5A43")
    m.extra = [("X-Mailer", "Microsoft Outlook 16.0")]
    m.system = (infra.exim_cpanel, dict(server=MV["host"], server_ip=MV["ip"], phpmailer=False,
                                        auth_user="n.mavridis@mavridis-olive.gr", client_ip="94.66.58.201"))
    return finish(m, "Customer asks for three changes to his Food Expo 2027 stand design and offers to meet at the "
                     "Athens office.",
                  "Genuine customer correspondence: usual host and Greek consumer IP, Outlook in ISO-8859-7, no links "
                  "or attachments, ordinary project details.",
                  phones=["+30 27210 88 410"])


MESSAGES = [b32, b33, b34, b35, b36]
