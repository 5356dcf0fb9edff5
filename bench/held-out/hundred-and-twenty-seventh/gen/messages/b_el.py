"""Business messages, Greek (32-36)."""
import hashlib

from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, gmail_quote, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM

GR = W.OFF["GR"]
AE = W.AEGEAN
EG_GR = ["EXAMPLE GROUP HELLAS ΘΑΛΑΣΣΙΑ ΕΡΓΑ", "ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.", "Ακτή Μιαούλη 47, 185 36 Πειραιάς",
         "ΑΦΜ %s - ΔΟΥ ΦΑΕ Πειραιά" % GR["ids"]["ΑΦΜ / VAT"][2:]]


def zimbra_html(text):
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">' +
            "".join("<div>%s</div>" % (html_escape(l) if l else "<br data-mce-bogus=\"1\">") for l in text.split("\n")) +
            "</div></body></html>")


# ---------------------------------------------------------------------------------------------
@message("business", "32-el-aegean-ilektroniko-timologio-mark")
def b32(m):
    r = m.r
    t = at(2026, 10, 20, 12, 45, 11, zone="GR")
    bank = AE["bank"]
    mark = "4000%011d" % r.randint(10 ** 10, 10 ** 11 - 1)
    uid = hashlib.sha1(("%s|%s|2026/ΤΠΥ/0388" % (AE["afm"], mark)).encode()).hexdigest().upper()
    qr = "https://einvoice.hellasdocs.gr/v/%s" % uid
    items = [("ΕΠΙΜΕΡΙΣΜΟΣ ΚΟΣΤΟΥΣ ΚΟΙΝΟΠΡΑΞΙΑΣ - ΣΕΠΤΕΜΒΡΙΟΣ 2026\nΜίσθωση πλωτού γερανού, καύσιμα, ασφάλιστρα (50%)", 1,
              "τεμ.", 98400.00),
             ("ΤΟΠΟΓΡΑΦΙΚΕΣ ΑΠΟΤΥΠΩΣΕΙΣ ΠΡΟΒΛΗΤΑ ΙΙΙ (50%)", 1, "τεμ.", 3650.00)]
    pdfb, net, vat, gross = docs.invoice_pdf(
        m, "el", dict(name="ΑΙΓΑΙΟΝ ΘΑΛΑΣΣΙΑ ΕΡΓΑ Α.Ε.", tag=["Λιμενικά και θαλάσσια έργα"],
                      lines=["ΑΙΓΑΙΟΝ ΘΑΛΑΣΣΙΑ ΕΡΓΑ Α.Ε.", "Ηρώων Πολυτεχνείου 51", "185 35 Πειραιάς",
                             "ΑΦΜ %s - ΔΟΥ ΦΑΕ Πειραιά" % AE["afm"], "Τηλ. +30 210 41 73 200"],
                      short=["ΑΙΓΑΙΟΝ ΘΑΛΑΣΣΙΑ ΕΡΓΑ Α.Ε.", "Ηρώων Πολυτεχνείου 51", "185 35 Πειραιάς"]),
        EG_GR, [("Αριθμός", "2026/ΤΠΥ/0388"), ("Ημερομηνία", "20/10/2026"), ("Σύμβαση", "JV-ΠΡΒ3-2025"),
                ("ΜΑΡΚ", mark), ("UID", uid[:20]), ("", uid[20:])],
        items, 24,
        ["Τρόπος πληρωμής: κατάθεση σε λογαριασμό, 30 ημέρες", "%s · BIC %s" % (bank[0], bank[1]),
         "IBAN %s" % I.iban_fmt(bank[2])],
        [["ΑΙΓΑΙΟΝ ΘΑΛΑΣΣΙΑ ΕΡΓΑ Α.Ε.", "Αρ. ΓΕΜΗ 004871307000"],
         ["Ηλεκτρονικό τιμολόγιο - Πάροχος", "HellasDocs e-Invoicing (ΑΑΔΕ)"], ["ΜΑΡΚ %s" % mark, "Διαβιβάστηκε στο myDATA"]],
        t, 180, qr_payload=qr, qr_label="Επαλήθευση παραστατικού", creator="SoftOne ERP", producer="HellasDocs Renderer 4.2",
        color=(0, 70, 120))
    text = ("Καλημέρα σας,\n\n"
            "σας αποστέλλουμε το τιμολόγιο 2026/ΤΠΥ/0388 (επιμερισμός κόστους κοινοπραξίας Σεπτεμβρίου) με ΜΑΡΚ %s. "
            "Το παραστατικό έχει εκδοθεί μέσω παρόχου ηλεκτρονικής τιμολόγησης και είναι διαθέσιμο και στο myDATA.\n\n"
            "Η πληρωμή γίνεται, όπως πάντα, στον λογαριασμό μας στην Εθνική Τράπεζα.\n\n"
            "Με εκτίμηση,\nΛογιστήριο\nAegean Marine Constructions S.A.\nΤηλ. +30 210 41 73 200\n" % mark)
    root = m.multi("mixed", [
        m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(zimbra_html(text), "utf-8", "quoted-printable")],
                style="zimbra"),
        m.attach(pdfb, "application/pdf", "2026_ΤΠΥ_0388.pdf", fstyle="utf-8:B")], style="zimbra")
    ctx = m.ctx(t, AE["people"]["acc"][:2], [W.st("dimitris")], "Τιμολόγιο 2026/ΤΠΥ/0388 - επιμερισμός κόστους ΚΞ Σεπτεμβρίου",
                root, zone="GR")
    res = S.zimbra(ctx, dkim_dom="aegeanmarine.gr")
    m.facts(iban=[bank[2]], url=[qr])
    m.phone("+30 210 41 73 200")
    m.describe("JV partner's accounting sends the September cost-share e-invoice with myDATA MARK, UID and the provider's "
               "verification QR code.",
               "Genuine: partner's own Zimbra server (DKIM/DMARC pass), Greek e-invoicing identifiers, payment to the "
               "known National Bank of Greece account 'as always'.",
               pair="A32 (fake AADE myDATA), A33 (look-alike IBAN change)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "33-el-aegean-praktika-koinopraxias")
def b33(m):
    r = m.r
    t = at(2026, 11, 5, 18, 2, 47, zone="GR")
    dt = (2026, 11, 5, 17, 40, 0)
    xl = office.xlsx([("Πρόγραμμα", [
        [("b", "Κοινοπραξία Προβλήτας ΙΙΙ - Πρόγραμμα εργασιών Νοεμβρίου-Δεκεμβρίου 2026")], [],
        [("b", "Εβδομάδα"), ("b", "Εργασία"), ("b", "Μέσο"), ("b", "Ποσότητα (m3)"), ("b", "Υπεύθυνος")],
        ["46", "Εκβάθυνση θέσης 4, -14,5 m", "TSHD Elbstrom", 42000, "Example Group"],
        ["47", "Εκβάθυνση θέσης 5, -14,5 m", "TSHD Elbstrom", 38500, "Example Group"],
        ["48", "Καθαρισμός πρανούς κρηπιδώματος", "Backhoe Greif", 6200, "Example Group"],
        ["49", "Λιθορριπή προστασίας πρανούς", "Πλωτός γερανός ΑΙΓΑΙΟΝ 2", 0, "Aegean Marine"],
        ["50", "Υδρογραφική αποτύπωση ελέγχου", "Σκάφος Möwe", 0, "Example Group"]])],
        dt, "Πρόγραμμα εργασιών", "Γιώργος Κωνσταντίνου", "Aegean Marine Constructions", widths=[10, 40, 26, 14, 18])
    text = ("Καλησπέρα Ελένη,\n\n"
            "σας στέλνω τα πρακτικά της σημερινής σύσκεψης της κοινοπραξίας και το ενημερωμένο πρόγραμμα εργασιών "
            "Νοεμβρίου-Δεκεμβρίου.\n\n"
            "Βασικά σημεία:\n"
            "1. Η εκβάθυνση στις θέσεις 4 και 5 συνεχίζεται με το Elbstrom, στόχος ολοκλήρωσης εβδομάδα 47.\n"
            "2. Η λιθορριπή προστασίας ξεκινά την εβδομάδα 49 με δικό μας γερανό.\n"
            "3. Η υδρογραφική αποτύπωση ελέγχου θα γίνει από τον κ. Möller την εβδομάδα 50.\n"
            "4. Ο επιμερισμός κόστους Οκτωβρίου θα τιμολογηθεί όπως πάντα, με πληρωμή στους γνωστούς λογαριασμούς.\n\n"
            "Αν έχετε σχόλια στο πρόγραμμα, ενημερώστε με μέχρι την Τρίτη.\n\n"
            "Φιλικά,\nΓιώργος Κωνσταντίνου\nΔιευθυντής Έργου ΚΞ\nAegean Marine Constructions S.A.\nΚιν. +30 697 214 3381\n")
    root = m.multi("mixed", [
        m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(zimbra_html(text), "utf-8", "quoted-printable")],
                style="zimbra"),
        m.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Πρόγραμμα_ΚΞ_Νοε-Δεκ_2026.xlsx",
                 fstyle="utf-8:B")], style="zimbra")
    ctx = m.ctx(t, AE["people"]["konst"][:2], [W.st("eleni")], "Πρακτικά σύσκεψης ΚΞ 05/11 και πρόγραμμα εργασιών",
                root, zone="GR", cc=[W.st("dimitris")])
    res = S.zimbra(ctx, dkim_dom="aegeanmarine.gr")
    m.phone("+30 697 214 3381")
    m.describe("JV project manager sends meeting minutes and the updated works programme (XLSX) for the Piraeus pier project.",
               "Genuine: partner's Zimbra server (DKIM/DMARC pass), detailed operational content, explicitly keeps "
               "payments on the known accounts.",
               pair="A33 (look-alike partner bank change), A35 (Canva abuse in the partner's name)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "34-el-peiraios-enimerosi-xreoseon")
def b34(m):
    r = m.r
    t = at(2026, 11, 23, 10, 0, 27, zone="GR")
    text = ("Αξιότιμε πελάτη,\n\n"
            "σας ενημερώνουμε ότι από 01/01/2027 τροποποιείται ο τιμοκατάλογος εργασιών για επιχειρήσεις. Ενδεικτικά:\n"
            "- οι άμεσες μεταφορές (IRIS / SEPA Instant) έως 50.000 € μέσω winbank business παραμένουν χωρίς χρέωση,\n"
            "- η χρέωση για μαζικές πληρωμές μισθοδοσίας μέσω αρχείου μειώνεται σε 0,10 € ανά εντολή.\n\n"
            "Ο πλήρης τιμοκατάλογος είναι διαθέσιμος στα καταστήματά μας και στην ενότητα «Έγγραφα» του winbank business, "
            "στο οποίο συνδέεστε πληκτρολογώντας τη διεύθυνση της Τράπεζας στον browser σας.\n\n"
            "Υπενθυμίζουμε ότι η Τράπεζα Πειραιώς δεν ζητά ποτέ μέσω email ή SMS κωδικούς πρόσβασης, κωδικούς έγκρισης "
            "ή ανανέωση συσκευών μέσω συνδέσμων.\n\n"
            "Με εκτίμηση,\nΤράπεζα Πειραιώς\n\n"
            "Το μήνυμα στάλθηκε από διεύθυνση που δεν δέχεται απαντήσεις.\n")
    root = m.multi("alternative", [m.text(text, "iso-8859-7", "quoted-printable"),
                                   m.html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7">'
                                          '</head><body style="font-family:Arial;font-size:14px">' +
                                          "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n"))
                                                  for p in text.split("\n\n")) + '</body></html>',
                                          "iso-8859-7", "quoted-printable")], style="generic")
    ctx = m.ctx(t, ("Τράπεζα Πειραιώς", "noreply@enimerosi.piraeusbank.gr"), [W.st("dimitris")],
                "Ενημέρωση: τιμοκατάλογος εργασιών για επιχειρήσεις από 01/01/2027", root, zone="GR",
                subj_cs="iso-8859-7", subj_enc="Q")
    ctx.msgid = "<%s@enimerosi.piraeusbank.gr>" % ruuid(r)
    ctx.env_from = "bounce-%s@enimerosi.piraeusbank.gr" % rhex(r, 10)
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Message-ID", ctx.msgid),
           ("Subject", ctx.subj()), ("MIME-Version", "1.0"), ("__MIME__", None)]
    res = S.platform(ctx, "mta2.enimerosi.piraeusbank.gr", "192.0.2.201", mua,
                     [("enimerosi.piraeusbank.gr", "pb1", "From:To:Subject:Date:Message-ID", "opendkim")],
                     dmarc=("pass", "reject"))
    m.describe("Greek bank's notice of its 2027 fee schedule for business customers (ISO-8859-7), without links.",
               "Genuine: bank's notification subdomain with DKIM/DMARC pass, purely informative, no link, repeats that "
               "the bank never asks to renew devices via links.",
               pair="A34 (winbank phishing)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "35-el-canva-koinopoiisi-syndelfou")
def b35(m):
    r = m.r
    t = at(2026, 12, 3, 11, 30, 50, zone="GR")
    did = "DAG" + rstr(r, 8, ALNUM)
    link = ("https://www.canva.com/design/%s/%s/edit?utm_content=%s&utm_campaign=designshare&utm_medium=link2"
            "&utm_source=sharebutton" % (did, rb64url(r, 16), did))
    title = "Χριστουγεννιάτικη κάρτα 2026 - Example Group Hellas"
    text = ("Η Eleni Papadopoulou σας κάλεσε να επεξεργαστείτε ένα σχέδιο\n\n%s\n\n"
            "«Δημήτρη, ρίξε μια ματιά στα ονόματα των πελατών στο πίσω μέρος πριν το στείλουμε για εκτύπωση.»\n\n"
            "Επεξεργασία σχεδίου: %s\n\n"
            "Λάβατε αυτό το email επειδή η Eleni Papadopoulou σάς προσκάλεσε σε ένα σχέδιο στο Canva.\n"
            "Canva, 110 Kippax St, Surry Hills NSW 2010, Australia\n" % (title, link))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;'
           'background:#f6f7f8"><table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;'
           'font-family:Canva Sans,Helvetica,Arial,sans-serif;color:#0e1318"><tr><td style="padding:28px 32px 8px">'
           '<span style="font-size:24px;font-weight:bold;color:#8b3dff">Canva</span></td></tr><tr><td style="padding:8px 32px;'
           'font-size:20px"><b>Η Eleni Papadopoulou σας κάλεσε να επεξεργαστείτε ένα σχέδιο</b></td></tr><tr><td style="padding:12px '
           '32px;font-size:15px">&#127876; %s<br><br><i>«Δημήτρη, ρίξε μια ματιά στα ονόματα των πελατών στο πίσω μέρος πριν '
           'το στείλουμε για εκτύπωση.»</i></td></tr><tr><td style="padding:16px 32px 28px"><a href="%s" style="background:#8b3dff;'
           'color:#fff;padding:12px 24px;border-radius:6px;text-decoration:none;font-weight:bold">Επεξεργασία σχεδίου</a></td>'
           '</tr><tr><td style="padding:16px 32px;font-size:11px;color:#6b7280;border-top:1px solid #eee">Λάβατε αυτό το email '
           'επειδή η Eleni Papadopoulou σάς προσκάλεσε σε ένα σχέδιο στο Canva.<br>Canva, 110 Kippax St, Surry Hills NSW 2010, '
           'Australia</td></tr></table></body></html>' % (html_escape(title), link))
    root = m.multi("alternative", [m.text(text, "UTF-8", "quoted-printable"), m.html(htm, "UTF-8", "quoted-printable")],
                   style="java")
    ctx = m.ctx(t, ("Canva", "no-reply@canva.com"), [W.st("dimitris")],
                "Η Eleni Papadopoulou σας κάλεσε να επεξεργαστείτε το σχέδιο «%s»" % title, root, zone="GR")
    res = S.ses(ctx, "us-east-1", dom_sel="canva-ses-2024", mail_from_dom="mail.canva.com", dkim_dom="canva.com")
    m.facts(url=[link])
    m.describe("Genuine Canva invitation: the Piraeus office manager asks the accountant to check the client names on the "
               "company Christmas card.",
               "Genuine: same Canva infrastructure as A35, initiated by a colleague for a harmless design task, edit link "
               "on canva.com, no payment or login request beyond Canva.",
               pair="A35 (Canva share abuse)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "36-el-dikigoros-sxedio-symvasis-docx")
def b36(m):
    r = m.r
    t = at(2026, 11, 25, 17, 15, 9, zone="GR")
    dt = (2026, 11, 25, 16, 52, 30)
    doc = office.docx([
        ("c", "ΣΧΕΔΙΟ ΣΥΜΒΑΣΗΣ ΥΠΕΡΓΟΛΑΒΙΑΣ"), ("c", "(έκδοση 2 - για σχόλια)"), "",
        "Στον Πειραιά σήμερα, ......./......./2026, μεταξύ:",
        "1. της ανώνυμης εταιρείας «EXAMPLE GROUP HELLAS ΘΑΛΑΣΣΙΑ ΕΡΓΑ ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.», Ακτή Μιαούλη 47, Πειραιάς, "
        "ΑΦΜ %s (εφεξής «ο Ανάδοχος»), και" % GR["ids"]["ΑΦΜ / VAT"][2:],
        "2. της εταιρείας «ΥΔΡΟΤΕΧΝΙΚΗ ΝΟΤΙΟΥ ΑΙΓΑΙΟΥ Ε.Π.Ε.», Σύρος (εφεξής «ο Υπεργολάβος»),",
        "συμφωνήθηκαν τα ακόλουθα:", "",
        ("b", "Άρθρο 1 - Αντικείμενο"),
        "Ο Υπεργολάβος αναλαμβάνει την εκτέλεση των υποβρύχιων εργασιών επιθεώρησης και καθαρισμού του κρηπιδώματος "
        "του Προβλήτα ΙΙΙ, σύμφωνα με το Παράρτημα Α.",
        ("b", "Άρθρο 2 - Τίμημα και τρόπος πληρωμής"),
        "Το τίμημα ορίζεται σε 64.800,00 € πλέον ΦΠΑ. Οι πληρωμές γίνονται αποκλειστικά σε λογαριασμό που δηλώνεται "
        "εγγράφως στη σύμβαση· οποιαδήποτε μεταβολή λογαριασμού απαιτεί έγγραφη τροποποίηση υπογεγραμμένη από τα δύο μέρη.",
        ("b", "Άρθρο 3 - Ασφάλιση"),
        "Ο Υπεργολάβος υποχρεούται να διατηρεί ασφάλιση αστικής ευθύνης ύψους τουλάχιστον 2.000.000 €."],
        dt, "Σχέδιο σύμβασης υπεργολαβίας", "Αντώνης Μαυρίδης", "Μαυρίδης & Συνεργάτες")
    text = ("Αγαπητή κα Παπαδοπούλου,\n\n"
            "σας αποστέλλω τη δεύτερη έκδοση του σχεδίου σύμβασης υπεργολαβίας με την Υδροτεχνική Νοτίου Αιγαίου, με "
            "ενσωματωμένα τα σχόλια του κ. Γεωργίου για τον τρόπο πληρωμής (άρθρο 2) και τη ρήτρα ασφάλισης.\n\n"
            "Θα σας παρακαλούσα να μου στείλετε τυχόν παρατηρήσεις έως την Παρασκευή, ώστε να το προωθήσουμε στον "
            "υπεργολάβο την επόμενη εβδομάδα.\n\n"
            "Με εκτίμηση,\n\nΑντώνης Μαυρίδης\nΔικηγόρος παρ' Αρείω Πάγω\nΜαυρίδης & Συνεργάτες - Δικηγορική Εταιρεία\n"
            "Ηρώων Πολυτεχνείου 32, 185 36 Πειραιάς\nΤηλ. +30 210 45 22 718\n")
    root = gmail_body(m, text, attachments=[m.attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                                     "Σχέδιο_Σύμβασης_Υπεργολαβίας_v2.docx", style="gmail",
                                                     cid="f_%s" % rstr(r, 9, "abcdefghijklmnopqrstuvwxyz0123456789"))])
    ctx = m.ctx(t, ("Αντώνης Μαυρίδης", "a.mavridis@mavridis-law.gr"), [W.st("eleni")],
                "Σχέδιο σύμβασης υπεργολαβίας - Υδροτεχνική Νοτίου Αιγαίου (v2)", root, zone="GR", cc=[W.st("dimitris")])
    res = S.gmail(ctx, workspace_dom="mavridis-law.gr", dkim_dom="mavridis-law.gr")
    m.phone("+30 210 45 22 718")
    m.describe("The Greek office's outside counsel sends the second draft of a subcontract (DOCX) for comments.",
               "Genuine: established law firm on Google Workspace with its own domain (DKIM/DMARC pass), expected "
               "document, editable DOCX without macros, no link or pressure.",
               pair="A36 (fake extrajudicial notice)")
    return m.finish(ctx, res)
