"""Greek genuine business messages (5)."""
import assets
import data as D
import infra
from builder import register, html_outlook, to_plain, to_html, brand_page, esc, html_simple


# ---------------------------------------------------------------------------
@register("business", "el", "logistis-mydata-ekkremotites")
def _(b):
    sender = "g.alexiou@otenet.gr"
    b.at(2026, 10, 19, 12, 44, 9, zone="GR").env(sender, "eleni.georgiou@examplegroup.eu")
    b.style = "outlook_smtp"
    b.via(infra.otenet(b, client="LOGISTIRIO-PC", client_ip="79.131.52.18"))
    b.frm("Γιώργος Αλεξίου", sender, "iso-8859-7", "B")
    b.to(("Ελένη Γεωργίου", "eleni.georgiou@examplegroup.eu"), cs="iso-8859-7", enc="B")
    b.cc(("Nikos Papadopoulos", "nikos.papadopoulos@example.com"), cs="iso-8859-7", outlook_quotes=True)
    b.subject("myDATA - εκκρεμότητες Σεπτεμβρίου και προθεσμία ΦΠΑ", "iso-8859-7", "B")
    b.set("Content-Language", "el")
    txt = """Καλημέρα Ελένη,

Έκανα τη συμφωνία των εσόδων του Σεπτεμβρίου στο myDATA με τα βιβλία σας. Υπάρχουν δύο εκκρεμότητες:

1. Δύο τιμολόγια προς την Αθηναϊκή Τρόφιμα (ΤΠ 2026/1184 και 2026/1187) δεν έχουν λάβει ΜΑΡΚ. Μάλλον δεν διαβιβάστηκαν από το ERP λόγω του σφάλματος σύνδεσης στις 29/9. Μπορείς να τα ξαναστείλεις από το ERP ή να τα περάσω εγώ;
2. Ένα τιμολόγιο της Γαλακτοβιομηχανίας Θεσσαλίας εμφανίζεται με διαφορά 0,04 € στον ΦΠΑ. Θα το χαρακτηρίσω όπως είναι.

Η περιοδική δήλωση ΦΠΑ Σεπτεμβρίου υποβάλλεται μέχρι την Παρασκευή 30/10, οπότε καλό θα ήταν να τα έχουμε κλείσει μέσα στην εβδομάδα. Δεν υπάρχει θέμα προστίμου αν διορθωθούν πριν από την υποβολή.

Τα λέμε αύριο στο γραφείο.

Φιλικά,
Γιώργος Αλεξίου
Λογιστής - Φοροτεχνικός Α' τάξης
Τσιμισκή 94, 546 22 Θεσσαλονίκη
τηλ. 2310 265 418
"""
    b.body(b.text(txt, "iso-8859-7", "quoted-printable"))
    b.meta("The Greek office's external accountant (ISP mailbox otenet.gr) lists two myDATA discrepancies before the VAT return deadline.",
           "Known correspondent's usual mailbox and ISP relay, precise references (invoice numbers, MARK, ERP outage), correct deadline, no link or credential request, meets in person. Hard negative for attack 32 (fake AADE myDATA fine).")


# ---------------------------------------------------------------------------
@register("business", "el", "athinaiki-paraggelia-pdf")
def _(b):
    sender = "k.dimitriou@athtrofima.gr"
    b.at(2026, 11, 9, 10, 26, 55, zone="GR").env(sender, "nikos.papadopoulos@example.com")
    b.style = "exchange"
    b.via(infra.o365(b, region="eurprd08", server_prefix="VI1PR08MB", tenant_id="5e1f7c2a-93d4-4b8e-a0c6-2f9b41d7e385"))
    b.frm("Κώστας Δημητρίου", sender, "windows-1253")
    b.to(("Nikos Papadopoulos", "nikos.papadopoulos@example.com"), cs="windows-1253")
    b.subject("Παραγγελία Νο 2026-4380 - Αθηναϊκή Τρόφιμα", "windows-1253")
    b.set("Accept-Language", "el-GR, en-US").set("Content-Language", "el-GR")
    txt = """Καλημέρα κ. Παπαδόπουλε,

Σας επισυνάπτω την παραγγελία μας Νο 2026-4380 για την εβδομάδα 47. Παράδοση στην αποθήκη μας στον Ασπρόπυργο, ράμπα 3, Τρίτη 17/11 πρωί.

Παρακαλώ επιβεβαιώστε μου τις ποσότητες, ειδικά για τις σοκολάτες γάλακτος 100 γρ., όπου την προηγούμενη φορά είχαμε ελλείψεις.

Ευχαριστώ πολύ,
Κώστας Δημητρίου
Υπεύθυνος Αγορών
Αθηναϊκή Τρόφιμα Α.Ε.
τηλ. 210 55 98 420
"""
    pdfb = assets.invoice_pdf([
        ("ATHINAIKI TROFIMA S.A.", 15, True), "Purchasing Department · Aspropyrgos, Attica", "",
        ("PURCHASE ORDER No 2026-4380", 13, True), "Date: 09/11/2026 · Supplier: Example Hellas S.A., Thessaloniki", "",
        "Item     Description                                   Qty (cases)",
        "40211    Praline selection 250 g                               60",
        "40318    Dark chocolate 85% 100 g                              80",
        "40420    Milk chocolate 100 g                                 150",
        "40502    Milk chocolate Santa 125 g                            90", "",
        "Delivery: Warehouse Aspropyrgos, ramp 3 · Tuesday 17/11/2026, 07:00-11:00",
        "Payment terms: 60 days",
    ], title="PO 2026-4380", creator="SoftOne ERP", producer="SoftOne ERP", created="20261109101955+02'00'")
    att = b.attach("application/pdf", pdfb, "Paraggelia_2026-4380.pdf")
    att.description = "Paraggelia_2026-4380.pdf"
    att.disp_params = b.exchange_attach_params(len(pdfb))
    b.body(b.mixed(b.alt(b.text(txt, "windows-1253"), b.html(html_outlook(txt, "EL", charset="windows-1253"), "windows-1253")), att))
    b.meta("Genuine purchase order from the Greek distributor as a PDF from the buyer's Microsoft 365 mailbox.",
           "Same sender and tenant as attack 35, but the usual pattern: PDF order with number, week, ramp and delivery date, no archive or password. Hard negative for attack 35.")


# ---------------------------------------------------------------------------
@register("business", "el", "galakto-timologio-tda")
def _(b):
    sender = "logistirio@galaktothessalias.gr"
    b.at(2026, 11, 4, 12, 30, 17, zone="GR").env(sender, "eleni.georgiou@examplegroup.eu")
    b.style = "outlook_smtp"
    b.via(infra.own_postfix(b, "mail.galaktothessalias.gr", "94.70.241.18",
                            "LOGISTIRIO02 (unknown [192.168.10.22])", zone="GR", bstyle="outlook_smtp",
                            rdns="mail.galaktothessalias.gr"))
    b.frm("Λογιστήριο Γαλακτοβιομηχανία Θεσσαλίας", sender, "iso-8859-7", "B")
    b.to(("Eleni Georgiou", "eleni.georgiou@examplegroup.eu"), outlook_quotes=True)
    b.cc(("Σοφία Καραγιάννη", "s.karagianni@galaktothessalias.gr"), cs="iso-8859-7", enc="B")
    b.subject("Τιμολόγιο ΤΔΑ 2026/3318 - Example Hellas", "iso-8859-7", "B")
    b.set("Content-Language", "el")
    ib = D.F(D.GALAKTO)
    txt = """Αγαπητοί συνεργάτες,

Σας αποστέλλουμε συνημμένα το τιμολόγιο - δελτίο αποστολής ΤΔΑ 2026/3318 της 03/11/2026 για την παράδοση 12.000 κιλών πλήρους γάλακτος σε σκόνη (26%% λιπαρά) στην αποθήκη σας στη Σίνδο.

Καθαρή αξία: 46.800,00 €
ΦΠΑ 13%%: 6.084,00 €
Σύνολο: 52.884,00 €
ΜΑΡΚ: 400001934718265
Τρόπος πληρωμής: πίστωση 60 ημερών, κατάθεση στον λογαριασμό μας στην Εθνική Τράπεζα (IBAN %s).

Για οποιαδήποτε διευκρίνιση είμαστε στη διάθεσή σας.

Με εκτίμηση,
Λογιστήριο
Γαλακτοβιομηχανία Θεσσαλίας Α.Ε.
ΒΙ.ΠΕ. Λάρισας, 413 34 Λάρισα - ΑΦΜ %s, ΔΟΥ ΦΑΕ Λάρισας
""" % (ib, D.GALAKTO_AFM)
    pdfb = assets.invoice_pdf([
        ("GALAKTOVIOMICHANIA THESSALIAS S.A.", 14, True), "Industrial Area of Larissa, 413 34 Larissa · VAT EL" + D.GALAKTO_AFM, "",
        ("INVOICE - DELIVERY NOTE (TDA) 2026/3318", 13, True), "Date: 03/11/2026 · MARK 400001934718265", "",
        "Customer: Example Hellas S.A., Thessaloniki · VAT EL" + D.EXAMPLE_GR_AFM, "Delivery: warehouse Sindos", "",
        "Description                                      Qty         Price        Amount",
        "Whole milk powder 26% fat, 25 kg bags       12.000 kg     3,90 EUR    46.800,00 EUR", "",
        "Net 46.800,00 EUR · VAT 13% 6.084,00 EUR", ("TOTAL 52.884,00 EUR", 11, True), "",
        "Payment: 60 days credit · National Bank of Greece · IBAN " + ib,
    ], title="TDA 2026/3318", creator="Entersoft Business Suite", producer="Entersoft Business Suite", created="20261104122210+02'00'")
    b.body(b.mixed(b.text(txt, "iso-8859-7", "base64"), b.attach("application/pdf", pdfb, "TDA_2026_3318.pdf")))
    b.meta("Genuine supplier invoice (invoice/delivery note with MARK) for milk powder, 60-day credit, NBG account.",
           "Supplier's real domain and own mail server, data consistent with the delivery, MARK number, known Greek bank account, no urgency. Hard negative for attack 33.")


# ---------------------------------------------------------------------------
@register("business", "el", "acs-enimerosi-apostolis")
def _(b):
    sender = "noreply@acscourier.net"
    b.at(2026, 11, 30, 12, 14, 40, zone="GR").env(sender, "nikos.papadopoulos@example.com")
    b.style = "esp"
    b.via(infra.ses(b, "eu-central-1"))
    b.frm("ACS Courier", sender)
    b.to(("", "nikos.papadopoulos@example.com"))
    b.subject("ACS Courier - Ενημέρωση αποστολής 7452018836", mode="whole", enc="B")
    src = """Αγαπητέ/ή ΠΑΠΑΔΟΠΟΥΛΟΣ ΝΙΚΟΛΑΟΣ,

Η αποστολή σας με αριθμό 7452018836 από ΑΘΗΝΑΪΚΗ ΤΡΟΦΙΜΑ Α.Ε. βρίσκεται καθ' οδόν και αναμένεται να παραδοθεί σήμερα, 30/11/2026, μεταξύ 14:00 και 18:00.

Η αποστολή είναι προπληρωμένη από τον αποστολέα.

Μπορείτε να παρακολουθήσετε την πορεία της στο {{acscourier.net|https://www.acscourier.net/el/track-and-trace/?trackingNumber=7452018836}}.

ACS Courier
Αυτό το μήνυμα αποστέλλεται αυτόματα. Παρακαλούμε μην απαντάτε.
"""
    head = '<div style="background:#ffd200;color:#1a1a1a;padding:16px 32px;font-size:20px;font-weight:bold">ACS</div>'
    html = brand_page(to_html(src), head, "ACS Courier Α.Ε.Ε. · Λεωφ. Κηφισού 142 · 122 41 Αιγάλεω", title="ACS")
    b.body(b.alt(b.text(to_plain(src), "utf-8"), b.html(html, "utf-8")))
    b.meta("Genuine ACS Courier delivery notification for a parcel from the Athens customer.",
           "Sent from acscourier.net via the courier's ESP, names the real sender, link to acscourier.net tracking, states that nothing has to be paid. Hard negative for attack 34 (fake ACS redelivery fee).")


# ---------------------------------------------------------------------------
@register("business", "el", "esoteriki-argia-28-oktovriou")
def _(b):
    sender = "nikos.papadopoulos@example.com"
    b.at(2026, 10, 23, 13, 5, 27, zone="GR").env(sender, "eleni.georgiou@examplegroup.eu")
    b.style = "exchange"
    b.via(infra.internal_exchange(b, "EXMBX01", client_ip="10.50.1.31"))
    b.frm("Nikos Papadopoulos", sender, "iso-8859-7")
    b.to(("Example Hellas - Όλο το προσωπικό", "hellas-all@example.com"), cs="iso-8859-7")
    b.subject("Αργία 28ης Οκτωβρίου - λειτουργία γραφείου και αποθήκης", "iso-8859-7")
    b.set("Accept-Language", "el-GR, en-US").set("Content-Language", "el-GR")
    txt = """Καλησπέρα σε όλους,

Υπενθυμίζω ότι την Τετάρτη 28 Οκτωβρίου, λόγω της εθνικής εορτής, το γραφείο και η αποθήκη στη Σίνδο θα παραμείνουν κλειστά.

- Οι παραλαβές από τη Γαλακτοβιομηχανία Θεσσαλίας μεταφέρονται για την Πέμπτη 29/10 το πρωί.
- Οι παραγγελίες πελατών που θα καταχωρηθούν έως την Τρίτη 27/10 στις 12:00 θα φορτωθούν την ίδια μέρα.
- Για επείγοντα θέματα αποθήκης την Τετάρτη, καλέστε τον Στέλιο στο κινητό εφημερίας.

Καλή αργία σε όλους!

Νίκος Παπαδόπουλος
Office Manager - Example Hellas
"""
    b.body(b.alt(b.text(txt, "iso-8859-7"), b.html(html_outlook(txt, "EL", charset="iso-8859-7"), "iso-8859-7")))
    b.meta("Internal notice of the Greek office manager about the 28 October national holiday.",
           "Internal relay + Exchange hop, distribution list, purely organisational content consistent with the calendar (28 Oct 2026 is a Wednesday).")
