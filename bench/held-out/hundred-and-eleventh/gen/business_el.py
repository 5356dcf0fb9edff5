"""Greek genuine business messages (32-36)."""
import banking as B
import company as C
import infra as I
import mime as M
import pdf
import util as U
from msg import Msg, alt, hdrs_outlook365, hdrs_outlook_smtp, outlook_classic_boundary, outlook_smtp_msgid

AFM = B.gr_afm("80147263")
HFN_AFM = B.gr_afm("09982714")


def b32():
    m = Msg("business", 32, "el", "isp-invoice-m365-windows1253")
    r = m.rng
    m.t = I.at(2026, 11, 5, 11, 18, 27, "GR")
    m.env = env = I.eop(r, m.t, "hellenicfiber.gr", region="eurprd08", pod="VI1PR08MB")
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.mailfrom = "logistirio@hellenicfiber.gr"
    cs = "windows-1253"
    paras = [
        "Αξιότιμοι κύριοι,",
        "",
        "σας αποστέλλουμε συνημμένα το Τιμολόγιο Παροχής Υπηρεσιών ΤΠΥ Α-2026/0934 για τις υπηρεσίες IP transit και dark fibre του μηνός Οκτωβρίου 2026.",
        "",
        "Συνολικό ποσό: 6.820,00 € (καθαρή αξία 5.500,00 € + ΦΠΑ 24% 1.320,00 €)",
        "Ημερομηνία λήξης: 05/12/2026",
        "Τρόπος πληρωμής: τραπεζική κατάθεση στον γνωστό λογαριασμό μας στην Τράπεζα Πειραιώς, IBAN %s" % B.fmt_iban(C.HFN_IBAN),
        "",
        "Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ στο υποσέλιδο).",
        "",
        "Με εκτίμηση,",
        "Λογιστήριο",
        "Hellenic Fiber Networks A.E.",
        "Λεωφ. Μεσογείων 402, 153 42 Αγία Παρασκευή · Τηλ. 210 600 7400",
    ]
    doc = pdf.make_pdf([
        ("HELLENIC FIBER NETWORKS A.E.", 15, True), "Λεωφ. Μεσογείων 402, 153 42 Αγία Παρασκευή · ΑΦΜ %s · ΔΟΥ ΦΑΕ Αθηνών" % HFN_AFM, "", "",
        ("ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Α-2026/0934", 12, True), "Ημερομηνία: 05/11/2026", "",
        "Πελάτης: EXAMPLE GROUP HELLAS Μ.Α.Ε. · ΑΦΜ %s" % AFM, "Λεωφ. Κηφισίας 280, 152 32 Χαλάνδρι", "",
        "IP transit 10 Gbit/s (Οκτώβριος 2026)          3.900,00 €", "Dark fibre Χαλάνδρι - Μεταμόρφωση (Οκτώβριος 2026)  1.600,00 €", "",
        "Καθαρή αξία 5.500,00 €   ΦΠΑ 24% 1.320,00 €", ("Σύνολο 6.820,00 €", 11, True), "",
        "Πληρωμή: Τράπεζα Πειραιώς · IBAN %s" % B.fmt_iban(C.HFN_IBAN), "",
        ("ΜΑΡΚ: 4000%011d · Διαβιβάστηκε στην ΑΑΔΕ" % r.randint(10 ** 10, 10 ** 11 - 1), 8),
    ], title="ΤΠΥ Α-2026/0934", author="Hellenic Fiber Networks", creator="SoftOne ERP", producer="SoftOne ERP", date="D:20261105111011+02'00'")
    m.headers = hdrs_outlook365(env, m.t, M.addr("Λογιστήριο Hellenic Fiber", "logistirio@hellenicfiber.gr", cs, "B"),
                                M.addr("Ελένη Κωνσταντίνου", "eleni.konstantinou@examplegroup.eu", cs, "B"),
                                M.hdr_text("Τιμολόγιο ΤΠΥ Α-2026/0934 - Οκτώβριος 2026", cs, "B"), lang="el-GR", rng=r, attach=True,
                                cc=M.addr("Νίκος Αλεξίου", "n.alexiou@hellenicfiber.gr", cs, "B"))
    m.post_headers = env.ms_post
    b = env.boundary
    m.body = M.multipart("mixed", [
        alt(M.paras_to_text(paras), M.outlook_html(paras, cs, "EL"), cs, "quoted-printable", "quoted-printable", b(1)),
        M.attachment(doc, "application/pdf", "TPY_A-2026-0934.pdf", describe="invoice PDF (Greek text)"),
    ], b(0))
    m.what = "Genuine monthly invoice from the Greek fibre/IP-transit supplier (Microsoft 365), unchanged Piraeus Bank account"
    m.why = "Real domain hellenicfiber.gr on its Microsoft 365 tenant, account manager in copy, invoice registered in myDATA, usual IBAN"
    m.hard_neg_of = [34]
    return m


def b33():
    m = Msg("business", 33, "el", "customer-complaint-mail-bounces-otenet")
    r = m.rng
    m.t = I.at(2026, 10, 23, 9, 41, 6, "GR")
    m.env = env = I.otenet(r, m.t, "79.%d.%d.%d" % (r.randint(103, 107), r.randint(0, 255), r.randint(2, 250)))
    m.rcpt = "giorgos.papadopoulos@example.com"
    m.mailfrom = "d.oikonomou@otenet.gr"
    cs = "iso-8859-7"
    text = M.paras_to_text([
        "Κύριε Παπαδόπουλε καλημέρα,",
        "",
        "από χθες το απόγευμα τα email του ξενοδοχείου (reservations@ και info@) δεν λαμβάνουν τίποτα και όποιος μας στέλνει παίρνει πίσω μήνυμα αποτυχίας παράδοσης. Είμαστε σε περίοδο κρατήσεων για τα Χριστούγεννα και χάνουμε πελάτες.",
        "",
        "Πήρα τηλέφωνο στην εξυπηρέτηση και μου είπαν ότι θα με καλέσουν, αλλά δεν έχει καλέσει κανείς. Σας παρακαλώ να το δείτε άμεσα. Πληρώνουμε κανονικά και δεν είναι η πρώτη φορά.",
        "",
        "Ευχαριστώ",
        "Δημήτρης Οικονόμου",
        "Ξενοδοχείο Θάλασσα, Νάξος",
        "κιν. 694 512 3380",
    ])
    m.headers = [("Date", I.rfc2822(m.t, "GR")), ("From", M.addr("Δημήτρης Οικονόμου", "d.oikonomou@otenet.gr", cs, "B")),
                 ("To", "giorgos.papadopoulos@example.com"), ("Subject", M.hdr_text("Δεν λειτουργούν τα email του ξενοδοχείου από χθες", cs, "B")),
                 ("Message-ID", "<%s.%s@webmail.otenet.gr>" % (m.t.strftime("%Y%m%d%H%M%S"), I.rhex(r, 10))),
                 ("X-Mailer", "Horde Application Framework 5"), ("User-Agent", "Internet Messaging Program (IMP) H5 (6.2.27)"),
                 ("MIME-Version", "1.0")]
    m.body = M.text_part(text, "plain", cs, "8bit", label="iso-8859-7", ct_style="plain")
    m.what = "Hotel customer on an otenet.gr consumer mailbox complains that his hosted mailboxes bounce"
    m.why = "Known customer, plain text complaint with concrete details, no links, attachments or payment instructions"
    return m


def b34():
    m = Msg("business", 34, "el", "external-accountant-mydata-genuine")
    r = m.rng
    m.t = I.at(2026, 11, 12, 14, 27, 50, "GR")
    m.env = env = I.postfix_server(r, m.t, "mail.mavridis-logistiki.gr", "185.4.%d.%d" % (r.randint(132, 135), r.randint(2, 250)),
                                   client_ip="94.%d.%d.%d" % (r.randint(64, 71), r.randint(0, 255), r.randint(2, 250)),
                                   client_helo="[192.168.10.%d]" % r.randint(20, 60), zone="GR")
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.mailfrom = "k.mavridi@mavridis-logistiki.gr"
    cs = "iso-8859-7"
    paras = [
        "Καλησπέρα Ελένη,",
        "",
        "σου επισυνάπτω την κατάσταση συμφωνίας myDATA για τον Οκτώβριο. Όλα τα παραστατικά πωλήσεων έχουν διαβιβαστεί κανονικά. Εκκρεμούν μόνο οι χαρακτηρισμοί εξόδων για τρία τιμολόγια προμηθευτών (Hellenic Fiber ΤΠΥ Α-2026/0934 και δύο της ΔΕΗ), τους οποίους θα καταχωρίσουμε εμείς μέχρι την Παρασκευή.",
        "",
        "Η περιοδική ΦΠΑ Οκτωβρίου θα υποβληθεί έως τις 30/11 - θα σου στείλω το ποσό προς πληρωμή μόλις κλείσουμε.",
        "",
        "Υπενθύμιση: η ΑΑΔΕ δεν στέλνει ποτέ συνδέσμους για είσοδο στο TAXISnet με email. Αν λάβεις κάτι τέτοιο, προώθησέ το σε μένα.",
        "",
        "Φιλικά,",
        "Κατερίνα Μαυρίδη",
        "Λογιστικό Γραφείο Μαυρίδης",
        "Λ. Αλεξάνδρας 112, 114 73 Αθήνα · Τηλ. 210 645 1190",
    ]
    doc = pdf.make_pdf([
        ("Λογιστικό Γραφείο Μαυρίδης", 14, True), "Κατάσταση συμφωνίας myDATA - Οκτώβριος 2026", "", "Πελάτης: EXAMPLE GROUP HELLAS Μ.Α.Ε. · ΑΦΜ %s" % AFM, "",
        "Παραστατικά πωλήσεων: 41 · διαβιβασμένα: 41", "Παραστατικά αγορών: 27 · χαρακτηρισμένα: 24 · εκκρεμή: 3", "",
        "Εκκρεμότητες: ΤΠΥ Α-2026/0934 (Hellenic Fiber), ΔΕΗ 10/2026 (2)", "", "Προθεσμία ΦΠΑ Οκτωβρίου: 30/11/2026",
    ], title="myDATA 10-2026", author="Mavridi", creator="Microsoft Excel", producer="Microsoft Excel", date="D:20261112141510+02'00'")
    msgid = outlook_smtp_msgid(r, m.t, "mavridis-logistiki.gr")
    h, post = hdrs_outlook_smtp(m.t, M.addr("Κατερίνα Μαυρίδη", "k.mavridi@mavridis-logistiki.gr", cs, "B"),
                                M.addr("Ελένη Κωνσταντίνου", "eleni.konstantinou@examplegroup.eu", cs, "B"),
                                M.hdr_text("Συμφωνία myDATA Οκτωβρίου και ΦΠΑ", cs, "B"), msgid, zone="GR", lang="el", rng=r)
    m.headers = h
    m.post_headers = post
    bnd = outlook_classic_boundary(r, m.t)
    m.body = M.multipart("mixed", [
        alt(M.paras_to_text(paras), M.outlook_html(paras, cs, "EL"), cs, "quoted-printable", "quoted-printable", bnd(1)),
        M.attachment(doc, "application/pdf", "myDATA_Oktovrios_2026.pdf", describe="reconciliation PDF (Greek text)"),
    ], bnd(0))
    m.what = "External accountant sends the October myDATA reconciliation and VAT schedule"
    m.why = "Known accountant's own server, no links, explicit warning that AADE never sends TAXISnet links; same topic as attack/32"
    m.hard_neg_of = [32]
    return m


def b35():
    m = Msg("business", 35, "el", "internal-holiday-notice-iso8859-7")
    r = m.rng
    m.t = I.at(2026, 10, 26, 12, 5, 33, "GR")
    m.env = env = I.internal(r, m.t, "10.24.2.31")
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.mailfrom = "giorgos.papadopoulos@example.com"
    cs = "iso-8859-7"
    paras = [
        "Καλημέρα σε όλους,",
        "",
        "σας υπενθυμίζω ότι την Τετάρτη 28 Οκτωβρίου (εθνική εορτή) το γραφείο στο Χαλάνδρι θα παραμείνει κλειστό. Η βάρδια του NOC καλύπτεται κανονικά από τη Φρανκφούρτη.",
        "",
        "Την Πέμπτη 29/10 στις 10:00 έχουμε τη μηνιαία συνάντηση ομάδας στην αίθουσα 2 - φέρτε τα στοιχεία για τις ανανεώσεις συμβολαίων Δεκεμβρίου.",
        "",
        "Καλή εβδομάδα,",
        "Γιώργος",
    ]
    sig = ["Giorgos Papadopoulos | Office Manager Greece", "Example Group Hellas M.A.E. | Leoforos Kifisias 280 | 152 32 Chalandri"]
    m.headers = hdrs_outlook365(env, m.t, M.addr("Papadopoulos, Giorgos", "giorgos.papadopoulos@example.com", quote_always=True),
                                M.addr("Γραφείο Αθήνας", "athina@example.com", cs, "B"),
                                M.hdr_text("Αργία 28ης Οκτωβρίου - γραφείο κλειστό", cs, "B"), lang="el-GR", rng=r)
    m.body = alt(M.paras_to_text(paras + [""] + sig), M.outlook_html(paras, cs, "EL", sig), cs, "quoted-printable", "quoted-printable", env.boundary(0))
    m.what = "Internal notice from the Athens office manager: office closed on 28 October (national holiday)"
    m.why = "Internal relay and Exchange hop, distribution list, local holiday, no requests"
    return m


def b36():
    m = Msg("business", 36, "el", "colleague-sick-day-private-hotmail")
    r = m.rng
    m.t = I.at(2026, 12, 7, 7, 45, 12, "GR")
    m.env = env = I.eop(r, m.t, "hotmail.com", olk=True)
    m.rcpt = "giorgos.papadopoulos@example.com"
    m.mailfrom = "eleni_konst@hotmail.com"
    paras = [
        "Καλημέρα Γιώργο,",
        "",
        "ξύπνησα με πυρετό 38,5 και δεν θα μπορέσω να έρθω σήμερα. Θα πάω στον γιατρό το μεσημέρι και θα σου πω αν χρειαστεί άδεια και για αύριο.",
        "",
        "Οι πληρωμές της εβδομάδας είναι ήδη εγκεκριμένες στο e-banking και περιμένουν τη δεύτερη υπογραφή σου - δεν υπάρχει κάτι άλλο επείγον. Σου γράφω από το προσωπικό μου γιατί το laptop είναι στο γραφείο.",
        "",
        "Ελένη",
    ]
    html = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body dir=\"ltr\">\n"
            + "".join("<div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">%s</div>\n" % (M.esc(p) or "<br>") for p in paras)
            + "</body>\n</html>\n")
    m.headers = hdrs_outlook365(env, m.t, M.addr("Ελένη Κωνσταντίνου", "eleni_konst@hotmail.com", "utf-8", "B"),
                                M.addr("Γιώργος Παπαδόπουλος", "giorgos.papadopoulos@example.com", "utf-8", "B"),
                                M.hdr_text("Άρρωστη σήμερα", "utf-8", "B"), lang="el-GR", rng=r)
    m.post_headers = env.ms_post
    m.body = alt(M.paras_to_text(paras), html, "utf-8", "base64", "base64", env.boundary(0), label="utf-8")
    m.what = "Greek accountant calls in sick from her private Hotmail address to her manager"
    m.why = "Private address but only absence information; mentions payments that follow the normal two-signature process instead of asking for any action"
    return m


ALL = [b32, b33, b34, b35, b36]
