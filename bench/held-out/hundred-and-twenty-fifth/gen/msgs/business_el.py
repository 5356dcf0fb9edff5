"""Business messages 32-36 (Greek)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt, quote_hdr
from lib.util import CRLF, secs, rfcdate

BUS = "business"
ATTIKI = org.ATTIKI
AFM = org.OFF["GR"]["taxid"][1]


@msg(BUS, 32, "el", "attiki-pharm-timologio-noemvriou",
     "Attiki Pharm's accounting department sends the November sales invoice (PDF with myDATA MARK) to the Greek "
     "accountant, Outlook with windows-1253",
     "Genuine supplier invoice: sent from the wholesaler's own Plesk server by a user in its office network "
     "(DKIM pass), IBAN identical to the supplier master data (Piraeus Bank), MARK and UID as issued through myDATA",
     pair=[(34, "mail from an Attiki Pharm mailbox about the account statement", "genuine invoice attached as PDF "
            "and sent from Attiki's LAN; the compromised-account lure links to an Adobe Express page"),
           (32, "myDATA", "invoice carries a real MARK; the attack invents myDATA discrepancies")])
def b32(m):
    m.when(2026, 12, 2, 12, 18, 9)
    m.frm = ATTIKI["people"]["logist"][:2]
    m.to = [org.st("georgios.nikolaou")]
    m.subject = "Τιμολόγιο ΤΠ-Α 18842 / Νοέμβριος 2026 - Attiki Pharm"
    m.hcs = ("windows-1253", "B", "windows-1253")
    bank = ATTIKI["bank"]
    r = m.rng
    mark = "4000%d" % r.randint(10**10, 10**11)
    items = [("Παρακεταμόλη 500 mg, 20 δισκία", 800, 1.05, 6),
             ("Ιβουπροφαίνη 400 mg, 20 δισκία", 600, 1.62, 6),
             ("Ομεπραζόλη 20 mg, 14 καψάκια", 450, 2.10, 6),
             ("Φυσιολογικός ορός αμπούλες 5 ml x 30", 200, 2.35, 13),
             ("Μάσκες FFP2, κουτί 20 τεμ.", 120, 5.80, 24)]
    pdfb, total = docs.invoice(
        "el", ["Αττική Φαρμ Διανομή Α.Ε.", "Αγίου Νικολάου 61, 144 52 Μεταμόρφωση", "ΑΦΜ " + ATTIKI["vat"] +
               " · ΔΟΥ ΦΑΕ Αθηνών"],
        ["Example Pharmacies Hellas Μ.Α.Ε.", "Λεωφόρος Κηφισίας 124", "151 25 Μαρούσι", "ΑΦΜ " + AFM],
        [("Αριθμός", "ΤΠ-Α 18842"), ("Ημερομηνία", "30/11/2026"), ("Κωδ. πελάτη", "Π-2291"),
         ("ΜΑΡΚ", mark), ("Λήξη πληρωμής", "30/01/2027")],
        items, [bank["bank"], "IBAN " + ident.fmt_iban(bank["iban"]), "BIC " + bank["bic"]],
        dict(title="ΤΠ-Α 18842", author="Attiki Pharm", creator="SoftOne Soft1 ERP",
             producer="Soft1 Report Engine", date="D:20261130191150+02'00'"),
        color=(0, 90, 150), notes=["Το παραστατικό έχει διαβιβαστεί στην ΑΑΔΕ (myDATA). ΜΑΡΚ: %s" % mark])
    text = ("Καλησπέρα σας κ. Νικολάου,\n\n"
            "σας επισυνάπτουμε το τιμολόγιο ΤΠ-Α 18842 της 30/11/2026 για τις παραδόσεις του Νοεμβρίου στα "
            "φαρμακεία σας. Το παραστατικό έχει διαβιβαστεί στο myDATA με ΜΑΡΚ %s.\n\n"
            "Ο λογαριασμός πληρωμής παραμένει ο γνωστός στην Τράπεζα Πειραιώς. Η κατάσταση λογαριασμού σας θα "
            "σταλεί όπως κάθε τρίμηνο μαζί με το τιμολόγιο Δεκεμβρίου.\n\n"
            "Με εκτίμηση,\n\nΚατερίνα Μαυρίδου\nΛογιστήριο\nATTIKI PHARM Α.Ε.\nΑγίου Νικολάου 61, 144 52 Μεταμόρφωση\n"
            "Τηλ. 210 2844 610\n" % mark)
    m.fact("phone", "210 2844 610")
    m.fact("other", "ΜΑΡΚ " + mark, "myDATA unique registration number")
    a = att(m, pdfb, "application/pdf", "ΤΠ-Α_18842.pdf", "outlook")
    bd.outlook(m, text, "windows-1253", attachments=[a], html_lang="EL", nextpart=True)
    hdrs = sy.mua_outlook16(m)
    sy.relay(m, "mail.attikipharm.gr", "198.51.100.47", hdrs,
             submit={"kind": "esmtpsa", "client": ("unknown", "10.10.2.%d" % r.randint(20, 90)),
                     "helo": "LOGISTIRIO-PC2", "user": "logistirio@attikipharm.gr"},
             dkim=[("attikipharm.gr", "default", "relaxed/relaxed", "From:To:Subject:Date:Message-ID")], tls="1.3")
    m.meta["tz"] = "Europe/Athens"


@msg(BUS, 33, "el", "eopyy-anakoinosi-ypovoli-syntagon",
     "ΕΟΠΥΥ announcement to contracted pharmacies: submission schedule for November 2026 prescriptions and the "
     "reminder that e-ΔΑΠΥ credentials are never requested by e-mail",
     "Genuine authority notice from eopyy.gov.gr's relay, informational, links only to www.eopyy.gov.gr, explicitly "
     "warns against phishing",
     pair=[(35, "ΕΟΠΥΥ prescription settlement for pharmacies", "genuine schedule notice on eopyy.gov.gr; the attack "
            "on eopyy-gov.gr asks to re-confirm IBAN and TAXISnet credentials")])
def b33(m):
    m.when(2026, 11, 25, 13, 2, 40)
    m.frm = ("ΕΟΠΥΥ", "noreply@eopyy.gov.gr")
    m.to = [org.st("eleni.papadopoulou")]
    m.subject = "Ανακοίνωση: Υποβολή λογαριασμών φαρμακείων μηνός Νοεμβρίου 2026"
    r = m.rng
    text = ("Προς τα συμβεβλημένα με τον ΕΟΠΥΥ ιδιωτικά φαρμακεία\n\n"
            "Σας ενημερώνουμε ότι η υποβολή των λογαριασμών (συνταγών) μηνός Νοεμβρίου 2026 θα πραγματοποιηθεί "
            "από 01/12/2026 έως 07/12/2026 μέσω της ηλεκτρονικής πλατφόρμας e-ΔΑΠΥ, σύμφωνα με το χρονοδιάγραμμα "
            "που έχει αναρτηθεί στην ιστοσελίδα του Οργανισμού.\n\n"
            "Οι φυσικές συνταγές παραδίδονται στα γραφεία υποδοχής των Περιφερειακών Διευθύνσεων σύμφωνα με το "
            "πρόγραμμα του Φαρμακευτικού Συλλόγου της περιοχής σας.\n\n"
            "Υπενθυμίζουμε ότι ο ΕΟΠΥΥ δεν ζητά ποτέ μέσω ηλεκτρονικού ταχυδρομείου κωδικούς πρόσβασης, στοιχεία "
            "TAXISnet ή επιβεβαίωση τραπεζικών λογαριασμών. Οποιαδήποτε μεταβολή IBAN δηλώνεται αποκλειστικά μέσα "
            "από την πλατφόρμα e-ΔΑΠΥ με χρήση των προσωπικών σας κωδικών.\n\n"
            "Περισσότερες πληροφορίες: https://www.eopyy.gov.gr\n\n"
            "Διεύθυνση Φαρμάκου\nΕθνικός Οργανισμός Παροχής Υπηρεσιών Υγείας\n")
    m.root = mime.text(text, "plain", "utf-8", "base64", "UTF-8")
    m.msgid = "%s@eopyy.gov.gr" % r.hexs(28)
    hdrs = m.std(["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "MIME"])
    sy.relay(m, "mail.eopyy.gov.gr", "203.0.113.89", hdrs, submit={"kind": "raw", "lines": [
        "Received: from notify01.eopyy.local (notify01.eopyy.local [172.16.20.%d])" % r.randint(2, 250) + CRLF +
        "\tby mail.eopyy.gov.gr (Postfix) with ESMTP id %s" % util.postfix_qid(r) + CRLF +
        "\tfor <eleni.papadopoulou@example.com>; %s" % rfcdate(m.date + secs(1), "Europe/Athens", comment=True)]},
        tls="1.2", mailfrom="noreply@eopyy.gov.gr")


@msg(BUS, 34, "el", "acs-courier-enimerosi-paradosis",
     "ACS Courier tracking notification: shipment 7219934410 from Attiki Pharm will be delivered today between "
     "11:00 and 14:00; link to ACS track & trace",
     "Genuine courier notification: acscourier.net domain via its ESP (DKIM/DMARC pass), no payment or data request, "
     "shipment matches an expected delivery",
     pair=[(33, "ACS Courier delivery notice", "genuine notice without any fee; the attack asks for a EUR 1.99 "
            "redelivery fee on acs-gr.delivery-confirm.com")])
def b34(m):
    m.when(2026, 12, 4, 8, 45, 3)
    m.frm = ("ACS Courier", "noreply@acscourier.net")
    m.to = [org.st("eleni.papadopoulou")]
    m.subject = "ACS: Η αποστολή σας 7219934410 θα παραδοθεί σήμερα"
    r = m.rng
    url = "https://www.acscourier.net/el/track-and-trace/?trackingNumber=7219934410"
    logo = att(m, logo_png("ACS COURIER", (215, 25, 32), 240, 48), "image/png", "acs_logo.png", "plain", inline=True,
               cid="acs_logo")
    paras = ["Αγαπητέ/ή πελάτη,",
             "Η αποστολή **7219934410** (αποστολέας: ATTIKI PHARM Α.Ε., 3 δέματα) βρίσκεται σε διανομή και θα "
             "παραδοθεί σήμερα 04/12/2026 μεταξύ 11:00 και 14:00 στη διεύθυνση Λεωφόρος Κηφισίας 124, Μαρούσι.",
             "Μπορείτε να παρακολουθήσετε την πορεία της αποστολής σας στο acscourier.net."]
    footer = ["ACS Courier Μονοπρόσωπη Α.Ε. · Εθνάρχου Μακαρίου & Αγ. Δημητρίου 60, 174 55 Άλιμος",
              "Το μήνυμα στάλθηκε αυτόματα. Η ACS δεν ζητά ποτέ πληρωμή μέσω συνδέσμου σε email ή SMS."]
    html = bd.notice_html("ACS Courier", "#d71920", "Η αποστολή σας είναι καθ' οδόν", paras, ("Παρακολούθηση", url),
                          footer, logo_cid="acs_logo", lang="el")
    text = bd.notice_text("Η αποστολή σας είναι καθ' οδόν", paras, ("Παρακολούθηση", url), footer)
    bd.alt(m, text, html, "----=_Part_%d_%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9)), "UTF-8",
           "quoted-printable", related=[logo], related_boundary="----=_Part_%d_%d" % (r.randint(10**5, 10**6),
                                                                                     r.randint(10**8, 10**9)),
           one_line=False)
    sy.ses(m, "acscourier.net", "69.169.224.%d" % r.randint(10, 250), region="eu-central-1",
           mailfrom="bounce@mail.acscourier.net")


@msg(BUS, 35, "el", "esoteriko-pliromi-timologion-attiki",
     "The Greek office manager sends the accountant the list of Attiki Pharm invoices approved for the December "
     "payment run (XLSX), internally through Exchange in iso-8859-7",
     "Genuine internal payment coordination: internal route with DKIM d=example.com, payee and IBAN are the known "
     "supplier master data, normal payment run, nobody external involved",
     pair=[(36, "payment request in the Greek office", "internal, scheduled payment run to a known supplier; the "
            "attack is an external 'lawyer' demanding an urgent secret transfer to Cyprus")])
def b35(m):
    m.when(2026, 12, 10, 11, 26, 52)
    m.frm = ("Παπαδοπούλου Ελένη", "eleni.papadopoulou@example.com")
    m.to = [("Νικολάου Γιώργος", "georgios.nikolaou@example.com")]
    m.subject = "Πληρωμή τιμολογίων Attiki Pharm - εκκαθάριση Δεκεμβρίου"
    m.hcs = ("iso-8859-7", "B", "iso-8859-7")
    rows = [["**Παραστατικό", "**Ημερομηνία", "**Ποσό (€)", "**Λήξη", "**Έγκριση"],
            ["ΤΠ-Α 16204", "30/09/2026", 21884.37, "30/11/2026", "ΕΠ"],
            ["ΤΠ-Α 17418", "31/10/2026", 19430.12, "31/12/2026", "ΕΠ"],
            ["ΠΤ-Α 0922 (πιστωτικό)", "12/11/2026", -1284.60, "", "ΕΠ"]]
    xl = archive.xlsx([("Πληρωμές Δεκεμβρίου", rows)], title="Πληρωμές Attiki", creator="Ελένη Παπαδοπούλου",
                      created="2026-12-10T09:10:00Z", dt=(2026, 12, 10, 11, 10, 0))
    text = ("Γιώργο καλημέρα,\n\n"
            "σου στέλνω τα τιμολόγια της Attiki Pharm που έχουν εγκριθεί από τα φαρμακεία για την εκκαθάριση της "
            "15/12. Συμψηφίζεται και το πιστωτικό για τις επιστροφές του Οκτωβρίου.\n\n"
            "Ο λογαριασμός είναι ο γνωστός της Πειραιώς από την καρτέλα προμηθευτή, δεν έχει αλλάξει κάτι. "
            "Το τιμολόγιο Νοεμβρίου (ΤΠ-Α 18842) πάει στην πληρωμή του Ιανουαρίου.\n\n"
            "Ευχαριστώ,\nΕλένη\n\n"
            "Ελένη Παπαδοπούλου\nOffice Manager\nExample Pharmacies Hellas Μ.Α.Ε. | Λεωφόρος Κηφισίας 124 | "
            "151 25 Μαρούσι\n")
    a = att(m, xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Πληρωμές_Attiki_Δεκέμβριος.xlsx", "outlook")
    bd.outlook(m, text, "iso-8859-7", attachments=[a], html_lang="EL")
    sy.internal(m, "EXCH01", "EXCH02", "10.60.1.17")


@msg(BUS, 36, "el", "dikigoriko-grafeio-schedio-misthosis",
     "The Greek office's real law firm sends the draft lease for the new pharmacy premises in Chalandri (DOCX) for "
     "comments, with the key commercial terms in the mail",
     "Genuine adviser correspondence: the firm's Google Workspace domain known from previous matters, addressed to "
     "the office manager with the accountant in copy, no payment request, deadline is a normal review date",
     pair=[(36, "Greek law firm writing to the Greek office", "genuine lawyer sends a contract draft for review; the "
            "fake lawyer invokes the CEO and demands an urgent confidential transfer")])
def b36(m):
    m.when(2026, 10, 28, 17, 6, 14)
    m.frm = ("Μαρία Παπαγεωργίου", "m.papageorgiou@papageorgiou-law.gr")
    m.to = [org.st("eleni.papadopoulou")]
    m.cc = [org.st("georgios.nikolaou")]
    m.subject = "Σχέδιο σύμβασης μίσθωσης - φαρμακείο Χαλανδρίου (Ανδρέα Παπανδρέου 35)"
    doc = archive.docx(["##ΙΔΙΩΤΙΚΟ ΣΥΜΦΩΝΗΤΙΚΟ ΜΙΣΘΩΣΗΣ ΕΠΑΓΓΕΛΜΑΤΙΚΗΣ ΣΤΕΓΗΣ",
                        "Στο Χαλάνδρι σήμερα, .../.../2026, οι κάτωθι συμβαλλόμενοι:",
                        "1. Ο εκμισθωτής Κωνσταντίνος Δημητρίου, κάτοικος Χαλανδρίου, και",
                        "2. Η μισθώτρια εταιρεία «Example Pharmacies Hellas Μονοπρόσωπη Α.Ε.», ΑΦΜ %s, νομίμως "
                        "εκπροσωπούμενη," % AFM,
                        "συμφώνησαν τα ακόλουθα:",
                        "**Άρθρο 1 – Μίσθιο",
                        "Κατάστημα ισογείου επιφάνειας 118 τ.μ. επί της οδού Ανδρέα Παπανδρέου 35, Χαλάνδρι, για "
                        "χρήση φαρμακείου.",
                        "**Άρθρο 2 – Διάρκεια",
                        "Δώδεκα (12) έτη από 01/02/2027.",
                        "**Άρθρο 3 – Μίσθωμα",
                        "Μηνιαίο μίσθωμα 3.400 € πλέον χαρτοσήμου, αναπροσαρμοζόμενο ετησίως κατά τον ΔΤΚ + 1%, "
                        "καταβλητέο έως την 5η εκάστου μηνός σε λογαριασμό του εκμισθωτή που θα δηλωθεί εγγράφως.",
                        "**Άρθρο 4 – Εγγύηση",
                        "Δύο (2) μισθώματα, καταβλητέα με την υπογραφή.",
                        "[Σχόλιο ΜΠ: να επιβεβαιωθεί η άδεια χρήσης φαρμακείου από την Πολεοδομία πριν την υπογραφή.]"],
                       title="Σχέδιο μίσθωσης Χαλάνδρι", creator="Μαρία Παπαγεωργίου", modby="Μαρία Παπαγεωργίου",
                       created="2026-10-27T14:00:00Z", modified="2026-10-28T14:55:00Z", dt=(2026, 10, 28, 16, 55, 0))
    text = ("Καλησπέρα σας κα Παπαδοπούλου,\n\n"
            "σας στέλνω το πρώτο σχέδιο του μισθωτηρίου για το κατάστημα στο Χαλάνδρι, όπως συζητήσαμε με τον "
            "εκμισθωτή την Τρίτη. Βασικοί όροι:\n\n"
            "- διάρκεια 12 έτη από 01/02/2027\n- μίσθωμα 3.400 € + χαρτόσημο, αναπροσαρμογή ΔΤΚ + 1%\n"
            "- εγγύηση δύο μισθώματα\n\n"
            "Παρακαλώ να μου στείλετε τα σχόλιά σας έως την Τετάρτη 04/11. Την εγγύηση δεν την καταβάλλουμε πριν την "
            "υπογραφή και την έκδοση της άδειας χρήσης.\n\n"
            "Με εκτίμηση,\n\nΜαρία Παπαγεωργίου\nΔικηγόρος\nΠαπαγεωργίου & Συνεργάτες – Δικηγορική Εταιρεία\n"
            "Σκουφά 52, 106 72 Αθήνα · Τηλ. 210 3618 420\n")
    m.fact("phone", "210 3618 420")
    a = att(m, doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Σχέδιο_μίσθωσης_Χαλάνδρι_v1.docx", "gmail")
    m.meta["tz"] = "Europe/Athens"
    bd.gmail(m, text, attachments=[a], b64=True)
    sy.gmail(m, domain="papageorgiou-law.gr")
