"""Attack messages 32-36 (Greek)."""
from lib import base, clients, containers, docs, infra, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

MV = C.MAVR


def a32():
    m = mk("32-el-aade-epistrofi-fpa-phishing", "attack", "el")
    m.t = local("GR", 2026, 11, 10, 11, 5, 29)
    m.date_zone = "GR"
    m.from_ = ("ΑΑΔΕ - myAADE", "enimerosi@myaade-gov.info")
    m.to = [(None, "georgios.nikolaidis@example.com")]
    m.rcpt = "georgios.nikolaidis@example.com"
    m.subject = "Επιστροφή ΦΠΑ: εκκρεμεί επιβεβαίωση IBAN δικαιούχου (Αρ. 2026/884137)"
    url = "https://myaade-gov.info/epistrofes/taxisnet?afm=801543270&id=2026884137"
    track = "https://u3318402.ct.sendgrid.net/ls/click?upn=u001.%s" % util.rand_alnum(m.r, 110)
    title = "Εκκρεμεί επιβεβαίωση στοιχείων για επιστροφή ΦΠΑ"
    paras = ["Αγαπητέ/ή φορολογούμενε,",
             "σας ενημερώνουμε ότι έχει εγκριθεί επιστροφή πιστωτικού υπολοίπου ΦΠΑ ύψους **8.742,16 €** για την "
             "επιχείρηση με ΑΦΜ 801543270 (EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.).",
             "Για την ολοκλήρωση της πίστωσης απαιτείται επιβεβαίωση του λογαριασμού IBAN του δικαιούχου μέσω των "
             "κωδικών TAXISnet έως τις 17/11/2026. Σε διαφορετική περίπτωση το ποσό συμψηφίζεται με μελλοντικές "
             "οφειλές.",
             "Αριθμός αιτήματος: 2026/884137"]
    footer = ["Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Καρ. Σερβίας 10, 101 84 Αθήνα",
              "Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε."]
    html = clients.notif_html("ΑΑΔΕ", "#003476", title, paras, ("Είσοδος στο myAADE", track), footer, "el",
                              logo_text="ΑΑΔΕ · myAADE")
    text = clients.notif_text(title, paras, ("Είσοδος στο myAADE", url), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "base64", "base64", kind="sendgrid")
    m.system = (infra.sendgrid, dict())
    return finish(m, "'VAT refund of EUR 8,742.16 approved – confirm the beneficiary IBAN with your TAXISnet "
                     "credentials by 17/11' in AADE style with the company's real ΑΦΜ, via SendGrid.",
                  "Tax-refund credential phishing: look-alike domain myaade-gov.info, SendGrid click tracking hides "
                  "the target, money lure plus deadline; the genuine AADE message (business/32) only points to the "
                  "myAADE inbox without a login link.")


def a33():
    m = mk("33-el-apati-proixodotisis-klironomia", "attack", "el")
    m.t = local("GR", 2026, 10, 20, 3, 47, 58)
    m.date_zone = "GR"
    m.from_ = ("Δικηγορικό Γραφείο Κ. Παπαδάκη", "info@papadakis-lawfirm.gr")
    m.reply_to = ("Κωνσταντίνος Παπαδάκης", "k.papadakis.esq@gmx.com")
    m.to = [(None, "georgios.nikolaidis@example.com")]
    m.rcpt = "georgios.nikolaidis@example.com"
    m.subject = "ΕΜΠΙΣΤΕΥΤΙΚΟ: Κληρονομιά αποβιώσαντος πελάτη μας με το επώνυμο Νικολαΐδης"
    m.hcs = "iso-8859-7"
    m.hmode = "B"
    text = ("Αγαπητέ κύριε Νικολαΐδη,\n\n"
            "Ονομάζομαι Κωνσταντίνος Παπαδάκης και είμαι δικηγόρος με έδρα το Λονδίνο. Σας γράφω σε σχέση με τον "
            "εκλιπόντα πελάτη μου, κ. Δημήτριο Νικολαΐδη, επιχειρηματία στον τομέα της ναυτιλίας, ο οποίος "
            "απεβίωσε μαζί με την οικογένειά του σε τροχαίο στη Σαουδική Αραβία.\n\n"
            "Ο πελάτης μου άφησε κατάθεση ύψους 4.750.000 ευρώ σε τράπεζα του Ηνωμένου Βασιλείου χωρίς να έχει "
            "ορίσει δικαιούχο. Η τράπεζα μου έχει δώσει προθεσμία να παρουσιάσω συγγενή, διαφορετικά το ποσό θα "
            "περιέλθει στο Δημόσιο. Επειδή φέρετε το ίδιο επώνυμο, σας προτείνω να σας παρουσιάσω ως πλησιέστερο "
            "συγγενή. Η διαδικασία είναι νόμιμη και ασφαλής και το ποσό θα μοιραστεί 50/50.\n\n"
            "Αν ενδιαφέρεστε, απαντήστε μου εμπιστευτικά στο προσωπικό μου email k.papadakis.esq@gmx.com με το "
            "ονοματεπώνυμο, τη διεύθυνση και ένα τηλέφωνο επικοινωνίας σας. Τα έξοδα πιστοποίησης της διαθήκης "
            "(περίπου 2.800 ευρώ) θα σας εξηγήσω στη συνέχεια.\n\n"
            "Με εκτίμηση,\nΚωνσταντίνος Παπαδάκης\nBarrister at Law\nTel. +44 7700 900418\n")
    m.root = base.plain_body(m, text, "iso-8859-7", "quoted-printable")
    m.extra = [("X-Mailer", "Microsoft Outlook 16.0")]
    m.system = (infra.exim_cpanel, dict(server="gr-shared04.hostmaster-cloud.gr", server_ip="198.51.100.38",
                                        phpmailer=False, auth_user="info@papadakis-lawfirm.gr",
                                        client_ip="41.58.102.217"))
    return finish(m, "Greek 'next of kin' inheritance offer from a 'London barrister': EUR 4.75 m deposit of a deceased "
                     "namesake, split 50/50, reply to a private GMX address; probate fees to follow.",
                  "Advance-fee fraud (419) in Greek, sent at night from a hijacked mailbox of a small law firm "
                  "(Nigerian client IP), reply diverted to free mail, fees requested later.",
                  phones=["+44 7700 900418"])


def a34():
    m = mk("34-el-mavridis-paraviasi-pdf-apodeiktiko", "attack", "el")
    m.t = local("GR", 2026, 12, 7, 13, 41, 50)
    m.date_zone = "GR"
    m.from_ = MV["logist"]
    m.to = [C.S("acc_gr")]
    m.cc = [C.S("om_gr")]
    m.rcpt = "georgios.nikolaidis@example.com"
    m.subject = "Αποδεικτικό πληρωμής - Τιμολόγιο ΤΠΥ 311/2026"
    m.hcs = "windows-1253"
    m.hmode = "B"
    m.msgid = "000001db68a9$%s$%s@mavridis-olive.gr" % (util.rand_hex(m.r, 8), util.rand_hex(m.r, 8))
    link = "https://pub-7f3c2a1b9e8d4c5fa0b1c2d3e4f5a6b7.r2.dev/piraeus/apodeiktiko.html?ref=TPY311"
    paras = ["Καλησπέρα σας κύριε Νικολαΐδη,",
             "σας αποστέλλουμε συνημμένα το αποδεικτικό της τραπεζικής μεταφοράς για το τιμολόγιο ΤΠΥ 311/2026 "
             "(περίπτερο Food Expo – προκαταβολή).",
             "Παρακαλούμε επιβεβαιώστε τη λήψη.",
             "Με εκτίμηση"]
    sig = ["Λογιστήριο", "Ελαιουργία Μαυρίδη Α.Ε.", "Επαρχιακή Οδός Καλαμάτας–Μεσσήνης, 241 00 Καλαμάτα",
           "Τηλ. +30 27210 88 410"]
    pdfb = docs.notice_pdf(
        m, "ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ", (0.0, 0.24, 0.45), "Αποδεικτικό εκτέλεσης συναλλαγής",
        ["Το έγγραφο προστατεύεται από την υπηρεσία ασφαλούς αποστολής εγγράφων της τράπεζας.",
         "Για την προβολή του αποδεικτικού απαιτείται επαλήθευση του email του παραλήπτη.",
         "Αριθμός συναλλαγής: 2026120771430018 · Ποσό: 14.880,00 EUR"],
        button=("Προβολή εγγράφου", link), footer=["Piraeus Bank · winbank Business"],
        subtitle="winbank Business", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016", zone="GR",
        t=local("GR", 2026, 12, 7, 13, 30))
    pdfp = att(m, pdfb, "application/pdf", "Apodeiktiko_Pliromis_TPY311.pdf", "outlook")
    body = base.outlook_body(m, paras, sig, lang="el", cs="windows-1253", atts=[pdfp], font="Calibri")
    m.root = base.desktop_outlook_bounds(m, body, "01DB68A9")
    m.extra = [("X-Mailer", "Microsoft Outlook 16.0")]
    m.system = (infra.exim_cpanel, dict(server=MV["host"], server_ip=MV["ip"], phpmailer=False,
                                        auth_user="logistirio@mavridis-olive.gr", client_ip="45.134.26.71"))
    return finish(m, "From the customer's real accounting mailbox (compromised): 'payment confirmation for invoice "
                     "ΤΠΥ 311/2026'; the PDF shows a Piraeus Bank page with a 'view document' button to an r2.dev page.",
                  "PDF lure from a hijacked customer mailbox: authentication passes on the customer's real host, but "
                  "the login came from a foreign hosting IP, the PDF contains no receipt, only a link to a Cloudflare "
                  "R2 bucket credential page; compare the genuine remittance with the actual receipt in business/33.",
                  phones=["+30 27210 88 410"])


def a35():
    m = mk("35-el-helpdesk-screenconnect-egkatastasi", "attack", "el")
    m.t = local("GR", 2026, 11, 30, 9, 2, 37)
    m.date_zone = "GR"
    m.from_ = ("Example Group IT Service Desk", "servicedesk@examplegroup-support.com")
    m.to = [C.S("om_gr")]
    m.rcpt = "eleni.papadopoulou@example.com"
    m.subject = "Ενέργεια απαιτείται: εγκατάσταση νέου εργαλείου απομακρυσμένης υποστήριξης (γραφείο Αθήνας)"
    url = "https://examplegroup-support.screenconnect.com/Bin/ScreenConnect.ClientSetup.exe?e=Access&y=Guest&c=Athens"
    paras = ["Καλημέρα σας,",
             "στο πλαίσιο της μετάβασης όλων των γραφείων της Example Group στη νέα πλατφόρμα υποστήριξης, η ομάδα "
             "IT στο Düsseldorf θα πραγματοποιήσει απομακρυσμένα την αναβάθμιση των σταθμών εργασίας του γραφείου "
             "Αθήνας αυτή την εβδομάδα.",
             "Παρακαλούμε εγκαταστήστε σήμερα το εργαλείο απομακρυσμένης υποστήριξης από τον παρακάτω σύνδεσμο "
             "(χρειάζονται περίπου 2 λεπτά, δεν απαιτούνται δικαιώματα διαχειριστή):",
             "[Λήψη εργαλείου υποστήριξης Example Group](%s)" % url,
             "Μετά την εγκατάσταση ένας τεχνικός θα σας καλέσει μέσω Teams για να ολοκληρώσει τη ρύθμιση. Σε "
             "περίπτωση προβλήματος καλέστε την υποστήριξη στο +44 20 7946 0561.",
             "Ευχαριστούμε,"]
    sig = ["IT Service Desk", "Example Group GmbH · Düsseldorf", "Thomas Becker, Head of IT"]
    text = clients.plain_text(paras, sig, None, "gmail", "el")
    html = clients.simple_html(paras, sig, None, font="Verdana, Arial, sans-serif")
    m.root = clients.alt(text, html, "UTF-8", "UTF-8", "quoted-printable", "quoted-printable", infra.zoho_boundary(m))
    m.system = (infra.zoho, dict())
    return finish(m, "'IT Service Desk' of Example Group (from examplegroup-support.com on Zoho Mail) tells the Athens "
                     "office to install a remote-support tool now; link to a ScreenConnect cloud instance, then a "
                     "'technician will call via Teams'.",
                  "Help-desk pretext / remote-access tool: look-alike of the own company, legitimate RMM vendor "
                  "domain (screenconnect.com) hosts the attacker's instance, follow-up Teams vishing; IT never asks "
                  "users to install tools from a mail link (business/34).",
                  phones=["+44 20 7946 0561"])


def a36():
    m = mk("36-el-psevdis-diagonismos-eshdhs-docx", "attack", "el")
    m.t = local("GR", 2026, 12, 1, 10, 33, 15)
    m.date_zone = "GR"
    m.from_ = ("ΕΣΗΔΗΣ - Διαγωνισμοί", "noreply@promitheus-gov.gr")
    m.to = [C.S("om_gr")]
    m.rcpt = "eleni.papadopoulou@example.com"
    m.subject = "Πρόσκληση υποβολής προσφοράς: Περίπτερο ΕΟΤ - ITB Berlin 2027 (Α/Α 318742)"
    url = "https://promitheus-gov.gr/portal/login?tender=318742&inv=EGH-0931"
    paras = ["Αξιότιμοι κύριοι,",
             "η επιχείρησή σας έχει προσκληθεί να υποβάλει προσφορά στον ηλεκτρονικό διαγωνισμό με Α/Α ΕΣΗΔΗΣ "
             "318742 «Σχεδιασμός, κατασκευή και λειτουργία του Εθνικού Περιπτέρου του ΕΟΤ στη διεθνή έκθεση ITB "
             "Berlin 2027» (προϋπολογισμός 412.000,00 € πλέον ΦΠΑ).",
             "Η πρόσκληση και τα τεύχη του διαγωνισμού επισυνάπτονται. Για την υποβολή απαιτείται πιστοποίηση του "
             "χρήστη της επιχείρησης στο σύστημα.",
             "Καταληκτική ημερομηνία υποβολής: 11/12/2026, 15:00."]
    sig = ["Εθνικό Σύστημα Ηλεκτρονικών Δημοσίων Συμβάσεων", "Αυτόματο μήνυμα – μην απαντάτε"]
    d = containers.docx([("h1", "ΠΡΟΣΚΛΗΣΗ ΥΠΟΒΟΛΗΣ ΠΡΟΣΦΟΡΑΣ"), ("p", "Α/Α ΕΣΗΔΗΣ: 318742"),
                         ("p", "Αναθέτουσα αρχή: Ελληνικός Οργανισμός Τουρισμού (ΕΟΤ)"),
                         ("p", "Αντικείμενο: Σχεδιασμός, κατασκευή και λειτουργία του Εθνικού Περιπτέρου στην ITB "
                               "Berlin 2027 (4–6 Μαρτίου 2027), έκτασης 600 m²."),
                         ("p", "Προϋπολογισμός: 412.000,00 € πλέον ΦΠΑ 24%"),
                         ("h2", "Πρόσβαση στα τεύχη"),
                         ("p", "Τα πλήρη τεύχη (τεχνικές προδιαγραφές, σχέδια, ΕΕΕΣ) είναι διαθέσιμα μόνο σε "
                               "πιστοποιημένους χρήστες. Συνδεθείτε με τους κωδικούς του email της επιχείρησής σας.")],
                        title="Πρόσκληση 318742", creator="ESHDHS", created="2026-12-01T07:50:00Z",
                        links=[("Πρόσβαση στα τεύχη του διαγωνισμού", url)])
    dp = att(m, d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Prosklisi_318742.docx",
             "plain")
    text = clients.plain_text(paras, sig, None, "plain", "el")
    tp = clients.text_part(text, "UTF-8", "base64")
    m.root = Multipart("mixed", [tp, dp], bnd(m, "roundcube"))
    m.system = (infra.postfix, dict(host="mail.promitheus-gov.gr", ip="164.90.207.118", rdns="", client="other",
                                    amavis=False, client_ip="127.0.0.1", dkim_sel="default"))
    return finish(m, "Invitation 'from ΕΣΗΔΗΣ' to bid for the Greek National Tourism Organisation pavilion at ITB Berlin "
                     "2027 (EUR 412,000); DOCX whose only real content is a link to log in with the company mailbox "
                     "credentials.",
                  "Fake tender / credential phishing: look-alike of promitheus.gov.gr on a DigitalOcean droplet "
                  "without reverse DNS, lucrative trade-specific bait, documents 'only for certified users'; compare "
                  "the genuine ΕΣΗΔΗΣ notice in business/35.")


MESSAGES = [a32, a33, a34, a35, a36]
