"""Genuine business messages, Greek (5)."""
from kit import *


def vetfarma_hops(I, t, user, rcpt):
    pc_ip = "94.66.%d.%d" % (I.int(1, 250), I.int(1, 250))
    hops = [P.rcv_postfix("[192.168.10.%d]" % I.int(20, 90), "ppp-94-66-%s.home.otenet.gr" % pc_ip.split(".", 2)[2].replace(".", "-"),
                          pc_ip, "mail.vetfarma.gr", I.postfix_short_qid(), rcpt, t, "EET", tls=True, auth=user)]
    return hops, ("mail.vetfarma.gr", "mail.vetfarma.gr", "212.205.%d.%d" % (I.int(1, 250), I.int(2, 250)))


def b_invoice():
    m = Mail("business", "el", "supplier-invoice-mydata",
             "VetFarma Hellas accounting sends sales invoice 4418 with its myDATA MARK number and PDF",
             "Supplier's real domain and mail server, MARK number as transmitted to AADE, the known Piraeus "
             "account, payment on credit terms; the genuine counterpart to the look-alike bank-change attack "
             "and the fake myDATA notice.")
    I = Ids(m.slug)
    t = utc(2026, 10, 30, 11, 5, 41, zone="EET")
    rc = S("acc_gr")
    hops, client = vetfarma_hops(I, t, "logistirio@vetfarma.gr", rc[1])
    send(P.outlook16, m, I, t, ("Λογιστήριο VetFarma Hellas", "logistirio@vetfarma.gr"), [rc],
         "Τιμολόγιο πώλησης 4418/30-10-2026 – VetFarma Hellas", hops=hops, client=client, zone="EET",
         lang="el", hcs="windows-1253", henc="B")
    iban = iban_fmt(BANK["vetfarma"])
    body = """Καλημέρα σας,

σας αποστέλλουμε συνημμένα το τιμολόγιο πώλησης αρ. 4418/30-10-2026, το οποίο έχει ήδη διαβιβαστεί στην ΑΑΔΕ (ΜΑΡΚ 400001938475612).

Σύνολο: 5.194,11 € (συμπεριλαμβανομένου ΦΠΑ)
Τρόπος πληρωμής: πίστωση 60 ημερών
Λογαριασμός: Τράπεζα Πειραιώς, IBAN %s

Για οποιαδήποτε απορία είμαστε στη διάθεσή σας.

Με εκτίμηση,
Λογιστήριο
VetFarma Hellas Α.Ε.
ΒΙ.ΠΕ. Σίνδου, Οδός 12, Ο.Τ. 31 – 570 22 Θεσσαλονίκη
Τηλ. 2310 798 140
""" % iban
    doc = pdf([("h", "VETFARMA HELLAS S.A."), ("t", "Industrial Area of Sindos, Street 12 - 570 22 Thessaloniki - VAT EL" + TAX["vetfarma_afm"]), ("r", ""),
               ("b", "TIMOLOGIO POLISIS / SALES INVOICE No 4418 - 30/10/2026"),
               ("t", "MARK (myDATA): 400001938475612"),
               ("t", "Customer: Example Hellas Single-Member P.C. - VAT EL" + TAX["own_gr_afm"]), ("", ""),
               ("m", "Item                                   Qty   Unit     Net"),
               ("m", "Nobivac DHPPi 10x1 ds                   20   61,40   1.228,00"),
               ("m", "Nobivac Rabies 10x1 ds                  12   38,90     466,80"),
               ("m", "Milbemax cat 2x2 tabs                   60   17,10   1.026,00"),
               ("m", "Bravecto dog 10-20 kg                   40   36,70   1.468,00"), ("", ""),
               ("m", "                          Net total          4.188,80"),
               ("m", "                          VAT 24%            1.005,31"),
               ("m", "                          TOTAL EUR          5.194,11"), ("", ""),
               ("t", "Payment: credit 60 days - Piraeus Bank - IBAN " + iban)],
              title="Invoice 4418", creator="SoftOne Series 5", producer="SoftOne Series 5",
              date="D:20261030110200+02'00'")
    m.body = mixed(outlook_alt(body, "windows-1253", "quoted-printable", "EL"),
                   att(doc, "application/pdf", "TIM_4418_30102026.pdf"))
    return m


def b_order():
    m = Mail("business", "el", "customer-order-otenet",
             "Order of vaccines and parasiticides from the Kalamaria veterinary practice via its OTEnet mailbox "
             "(Thunderbird)",
             "Known customer, usual ISP mailbox and client, concrete order and delivery time, no attachment; "
             "shares the OTEnet infrastructure with the courier-ZIP attack.")
    I = Ids(m.slug)
    t = utc(2026, 11, 3, 17, 21, 8, zone="EET")
    rc = S("mgr_gr")
    ip = "94.67.%d.%d" % (I.int(1, 250), I.int(1, 250))
    hops = [P.rcv_postfix("[192.168.1.5]", "ppp-%s.home.otenet.gr" % ip.replace(".", "-"), ip, "mailout.otenet.gr",
                          I.postfix_short_qid(), rc[1], t, "EET", tls=True, auth="ktiniatreio.kalamarias@otenet.gr")]
    send(P.thunderbird, m, I, t, ("Κτηνιατρείο Καλαμαριάς", "ktiniatreio.kalamarias@otenet.gr"), [rc],
         "Παραγγελία εμβολίων Νοεμβρίου", hops=hops,
         client=("mailout.otenet.gr", "mx-out-2.otenet.gr", "83.235.67.%d" % I.int(20, 40)), zone="EET",
         lang="el", hcs="ISO-8859-7", henc="B")
    body = """Καλησπέρα κ. Παπαδόπουλε,

θα θέλαμε να παραγγείλουμε για τον Νοέμβριο:

- Nobivac DHPPi, 10 δόσεις: 3 κουτιά
- Nobivac Rabies, 10 δόσεις: 2 κουτιά
- Purevax RCP, 10 δόσεις: 2 κουτιά
- Bravecto για σκύλους 20-40 kg: 10 τεμάχια

Αν γίνεται, η παράδοση να είναι Πέμπτη πρωί, μέχρι τις 13:00, γιατί το απόγευμα είμαστε σε χειρουργεία. Το τιμολόγιο όπως πάντα στα στοιχεία του ιατρείου.

Ευχαριστώ,
Μαρία Δημητρίου
Κτηνίατρος
Κτηνιατρείο Καλαμαριάς
Κομνηνών 54, 551 33 Καλαμαριά
Τηλ. 2310 447 812
"""
    m.body = text(body, "ISO-8859-7", "8bit", flowed=True, qcs=False)
    return m


def b_reminder():
    m = Mail("business", "el", "supplier-reminder-urgent",
             "VetFarma key-account manager urgently reminds of two overdue invoices and warns that the credit "
             "line and deliveries will be suspended from 10/12",
             "Pressure but genuine: real domain and server, known contact, payment to the known Piraeus "
             "account, asks to call him; contrasts with the look-alike mail asking for a Lithuanian IBAN.")
    I = Ids(m.slug)
    t = utc(2026, 12, 2, 13, 12, 36, zone="EET")
    rc = S("acc_gr")
    hops, client = vetfarma_hops(I, t, "g.antoniou@vetfarma.gr", rc[1])
    send(P.outlook16, m, I, t, ("Γιώργος Αντωνίου", "g.antoniou@vetfarma.gr"), [rc],
         "ΕΠΕΙΓΟΝ: Ληξιπρόθεσμα τιμολόγια – αναστολή παραδόσεων από 10/12", hops=hops, client=client, zone="EET",
         cc=[S("mgr_gr"), ("Λογιστήριο VetFarma Hellas", "logistirio@vetfarma.gr")], lang="el",
         hcs="windows-1253", henc="B", importance=True)
    body = """Καλησπέρα κα Γεωργίου,

σύμφωνα με το λογιστήριό μας παραμένουν ανεξόφλητα τα παρακάτω τιμολόγια, παρά την υπενθύμιση της 16/11:

- 4287/28-08-2026: 3.912,40 € (λήξη 27/10)
- 4310/15-09-2026: 2.877,15 € (λήξη 14/11)

Δυστυχώς, αν δεν γίνει η εξόφληση μέχρι την Τετάρτη 9/12, το σύστημά μας θα μπλοκάρει αυτόματα το πιστωτικό όριο και οι παραδόσεις προς τα κτηνιατρεία σας θα σταματήσουν από 10/12 μέχρι την τακτοποίηση – κάτι που θα ήθελα πολύ να αποφύγουμε ενόψει των γιορτών.

Η πληρωμή γίνεται όπως πάντα στον λογαριασμό μας στην Τράπεζα Πειραιώς (%s). Αν υπάρχει κάποιο θέμα με τα τιμολόγια, πάρτε με τηλέφωνο να το λύσουμε.

Με εκτίμηση,

Γιώργος Αντωνίου
Υπεύθυνος Πωλήσεων Βορείου Ελλάδος
VetFarma Hellas Α.Ε.
Κιν. 697 441 2083
""" % iban_fmt(BANK["vetfarma"])
    m.body = outlook_alt(body, "windows-1253", "quoted-printable", "EL")
    return m


def b_internal():
    m = Mail("business", "el", "internal-notice-holidays",
             "Thessaloniki office manager sends the Christmas opening hours of office, warehouse and clinics "
             "and the on-call rota",
             "Internal notice from the real mailbox via Exchange and mail-int01; organisational only.")
    I = Ids(m.slug)
    t = utc(2026, 12, 10, 8, 45, 2, zone="EET")
    send(P.exchange_internal, m, I, t, S("mgr_gr"), [("Όλοι - Θεσσαλονίκη", "oloi-thessaloniki@example.com")],
         "Ωράριο εορτών και εφημερίες κλινικών", lang="el-GR", hcs="iso-8859-7", henc="B",
         rcpt=S("acc_gr")[1], client_ip="10.70.10.18")
    body = """Καλημέρα σε όλους,

σας ενημερώνω για το ωράριο των εορτών:

- Γραφείο και αποθήκη: κλειστά 24/12 απόγευμα, 25-26/12, 31/12 απόγευμα, 1/1 και 6/1.
- Κλινικές Πυλαίας και Καλαμαριάς: εφημερία σύμφωνα με το πρόγραμμα στο κοινόχρηστο ημερολόγιο.
- Τελευταία παραλαβή φαρμάκων από VetFarma πριν τις γιορτές: Τρίτη 22/12.

Παρακαλώ να καταχωρήσετε τις άδειές σας στο HR portal έως την Τρίτη 15/12.

Καλές γιορτές,
Νίκος

Νίκος Παπαδόπουλος
Διευθυντής γραφείου - Example Hellas
"""
    m.body = outlook_alt(body, "iso-8859-7", "quoted-printable", "EL")
    return m


def b_newsletter():
    m = Mail("business", "el", "newsletter-ses",
             "Subscribed Greek veterinary newsletter 'Κτηνιατρικά Νέα' (conference, antibiotic reporting, "
             "e-invoicing for practices) sent through Amazon SES",
             "Publisher's own custom MAIL FROM on Amazon SES, List-Unsubscribe with One-Click, imprint; "
             "informational content that even explains B2B e-invoicing correctly (no registration via e-mail).")
    I = Ids(m.slug)
    t = utc(2026, 11, 18, 7, 0, 12, zone="EET")
    lu = "<https://ktiniatrika-nea.gr/newsletter/unsubscribe?u=%s>, <mailto:unsubscribe@ktiniatrika-nea.gr>" % I.hex(24)
    send(P.ses, m, I, t, ("Κτηνιατρικά Νέα", "news@ktiniatrika-nea.gr"), [S("mgr_gr")],
         "Κτηνιατρικά Νέα – Νοέμβριος 2026: Συνέδριο, αντιβιοτικά, ηλεκτρονική τιμολόγηση",
         region="eu-central-1", list_unsub=lu, mailfrom="mail.ktiniatrika-nea.gr")
    L = ["https://ktiniatrika-nea.gr/a/%s" % I.hex(10) for _ in range(3)]
    plain = """Κτηνιατρικά Νέα – Νοέμβριος 2026

ΣΥΝΕΔΡΙΟ: Το 12ο Πανελλήνιο Συνέδριο Ζώων Συντροφιάς θα γίνει 20-22 Μαρτίου 2027 στη Θεσσαλονίκη. Οι εγγραφές άνοιξαν.
%s

ΑΝΤΙΒΙΟΤΙΚΑ: Τι αλλάζει στην καταγραφή των συνταγών αντιμικροβιακών από το 2027 σύμφωνα με τον Κανονισμό (ΕΕ) 2019/6.
%s

ΤΙΜΟΛΟΓΗΣΗ: Η ηλεκτρονική τιμολόγηση B2B ισχύει πλέον για όλες τις επιχειρήσεις. Τι πρέπει να προσέξει ένα κτηνιατρείο όταν επιλέγει πάροχο – και γιατί η ΑΑΔΕ δεν ζητά ποτέ κωδικούς TAXISnet μέσω email.
%s

Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε στο ενημερωτικό δελτίο των Κτηνιατρικών Νέων.
Διαγραφή: https://ktiniatrika-nea.gr/newsletter/unsubscribe
Κτηνιατρικά Νέα, Εγνατίας 128, 546 22 Θεσσαλονίκη
""" % tuple(L)
    h = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f1f4f7;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0d5c8c;color:#fff;padding:16px 22px;font-size:22px">Κτηνιατρικά Νέα <span style="font-size:13px">Νοέμβριος 2026</span></td></tr>
<tr><td style="padding:18px 22px;font-size:14px;line-height:21px;color:#222">
<p><b>ΣΥΝΕΔΡΙΟ</b><br>Το 12ο Πανελλήνιο Συνέδριο Ζώων Συντροφιάς θα γίνει 20-22 Μαρτίου 2027 στη Θεσσαλονίκη. Οι εγγραφές άνοιξαν. <a href="%s">Περισσότερα</a></p>
<p><b>ΑΝΤΙΒΙΟΤΙΚΑ</b><br>Τι αλλάζει στην καταγραφή των συνταγών αντιμικροβιακών από το 2027 σύμφωνα με τον Κανονισμό (ΕΕ) 2019/6. <a href="%s">Περισσότερα</a></p>
<p><b>ΤΙΜΟΛΟΓΗΣΗ</b><br>Η ηλεκτρονική τιμολόγηση B2B ισχύει πλέον για όλες τις επιχειρήσεις. Τι πρέπει να προσέξει ένα κτηνιατρείο όταν επιλέγει πάροχο – και γιατί η ΑΑΔΕ δεν ζητά ποτέ κωδικούς TAXISnet μέσω email. <a href="%s">Περισσότερα</a></p></td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#777;background:#f7f7f7">Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε στο ενημερωτικό δελτίο των Κτηνιατρικών Νέων. <a href="https://ktiniatrika-nea.gr/newsletter/unsubscribe" style="color:#777">Διαγραφή</a><br>Κτηνιατρικά Νέα, Εγνατίας 128, 546 22 Θεσσαλονίκη</td></tr></table></body></html>
""" % tuple(L)
    m.body = alt(text(plain, "UTF-8", "quoted-printable"), html(h, "UTF-8", "quoted-printable"))
    return m


MESSAGES = [b_invoice, b_order, b_reminder, b_internal, b_newsletter]
