"""Genuine business messages, Greek (32-36)."""
import mime
import htm
import infra as I
import services as SV
from company import S, ALEX_IBAN, ALEX_AFM, AEGEAN_AFM, EG_GR_AFM
from ids import fmt_iban
from kit import plain, html, alt, mixed, att, pdf_doc, pdf_date, dedent
from msg import M

F = "business"


def b32():
    body = dedent("""
    Καλημέρα σας κα Κωνσταντίνου,

    σας αποστέλλω συνημμένα το Τιμολόγιο Παροχής Υπηρεσιών αρ. 118 για τον καθαρισμό του κινηματογράφου στην Κηφισίας τον μήνα Οκτώβριο 2026.

    Καθαρή αξία: 3.720,00 €
    ΦΠΑ 24%: 892,80 €
    Σύνολο: 4.612,80 €

    Η πληρωμή όπως πάντα στον λογαριασμό μας στην Εθνική Τράπεζα. Για οτιδήποτε είμαι στη διάθεσή σας.

    Με εκτίμηση,
    Νίκος Αλεξίου
    Υπηρεσίες Καθαρισμού
    τηλ. 210 6012 447, κιν. 694 482 3310
    """)
    inv = """
# Ν. ΑΛΕΞΙΟΥ - ΥΠΗΡΕΣΙΕΣ ΚΑΘΑΡΙΣΜΟΥ
Λεωφ. Μεσογείων 312, 153 41 Αγία Παρασκευή | ΑΦΜ %s | ΔΟΥ Αγίας Παρασκευής

## ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ  Σειρά Α  Αρ. 118   Ημ/νία: 31/10/2026
Πελάτης: EXAMPLE GROUP HELLAS Μ.Α.Ε. | ΑΦΜ %s | Λεωφ. Κηφισίας 124, 115 26 Αθήνα

Περιγραφή                                                     Αξία
Καθαρισμός αιθουσών και κοινόχρηστων χώρων, Οκτώβριος 2026    3.300,00 €
Καθαρισμός μετά από ιδιωτικές εκδηλώσεις (3)                    420,00 €

Καθαρή αξία                                                   3.720,00 €
ΦΠΑ 24%%                                                         892,80 €
Σύνολο                                                        4.612,80 €

Τρόπος πληρωμής: κατάθεση σε λογαριασμό
Εθνική Τράπεζα, IBAN %s
~ΜΑΡΚ myDATA: 400001948271563
""" % (ALEX_AFM, EG_GR_AFM, fmt_iban(ALEX_IBAN))
    pdfb = pdf_doc(inv, title="ΤΠΥ 118", producer="Epsilon Smart", creator="Epsilon Smart",
                   created=pdf_date("gr", 2026, 11, 2, 10, 55))
    t = plain(body, "windows-1253", "quoted-printable")
    h = html(htm.outlook(body, "EL"), "windows-1253", "quoted-printable")
    return M(folder=F, num=32, lang="el", slug="promitheftis-timologio-katharismou",
             profile=I.OutlookDesktop(lang="el", zone="gr", pc="DESKTOP-7QK2M1", client_rdns="ppp-94-66-201-18.home.otenet.gr",
                                      client_ip="94.66.201.18",
                                      out=("mailout03.otenet.gr", "mailout03.otenet.gr", "83.235.69.38")),
             when=("gr", 2026, 11, 2, 11, 5, 0),
             frm=("Νίκος Αλεξίου", "nalexiou@otenet.gr"), to=[S("gr_acc")],
             subject="Τιμολόγιο Οκτωβρίου 2026 - Υπηρεσίες καθαρισμού",
             msgid_override="<000b01dd6aa9$3d4a2e10$14ae8a30$@otenet.gr>",
             hcs="windows-1253", henc="B",
             body=mixed(mime.multi("alternative", [t, h]),
                        att(pdfb, "application/pdf", "ΤΠΥ_118_Οκτώβριος_2026.pdf", style="2047", cs="windows-1253")),
             hardneg=[34], hn_topic="Cleaning contractor's invoice (thread later hijacked)",
             desc="Small cleaning contractor sends his monthly invoice from Outlook via his ISP mailbox",
             why="His usual otenet mailbox, sent from his home-office DSL line through the ISP's SMTP with Outlook; "
                 "payment 'as always' to his National Bank of Greece account; PDF with myDATA mark.")


def b33():
    body = dedent("""
    Καλησπέρα κ. Παπαδόπουλε,

    σας ευχαριστούμε για τη φιλοξενία της εκδήλωσης του πελάτη μας την Παρασκευή 20/11 στην αίθουσα 2. Η ανταπόκριση ήταν πολύ καλή.

    Θα ήθελα να σας μεταφέρω δύο παρατηρήσεις: ο ήχος στην αίθουσα είχε διακοπές στα πρώτα δέκα λεπτά της παρουσίασης και το catering στο φουαγιέ ξεκίνησε με 20 λεπτά καθυστέρηση. Θα εκτιμούσαμε αν τα λαμβάνατε υπόψη στον τελικό λογαριασμό.

    Παράλληλα θέλουμε να κλείσουμε ξανά την αίθουσα 2 για Δευτέρα 14/12, 19:00 με 23:00, για περίπου 120 άτομα. Μπορείτε να μας στείλετε προσφορά με τους ίδιους όρους;

    Με εκτίμηση,

    Μαρία Γεωργίου
    Account Manager
    Aegean Events Μ.Ι.Κ.Ε. | Λεωφ. Συγγρού 198, 176 71 Καλλιθέα
    Τ. 210 9591 220
    """)
    h = htm.outlook(body, "EL")
    return M(folder=F, num=33, lang="el", slug="pelatis-parapona-kai-nea-kratisi",
             profile=I.Outlook365(srv="VI1P195MB2713", srv2="AM9P195MB1207", pod="EURP195", lang="el-GR",
                                  eop="mail-vi1eur05on2129.outbound.protection.outlook.com", eop_ip="40.107.21.129",
                                  org="aegean-events.gr"),
             when=("gr", 2026, 11, 23, 17, 22, 48),
             frm=("Μαρία Γεωργίου", "m.georgiou@aegean-events.gr"), to=[S("gr_mgr")],
             subject="Εκδήλωση 20/11 - παρατηρήσεις και νέα κράτηση 14/12",
             henc="B",
             body=alt(body, h, "utf-8", "quoted-printable"),
             desc="Event-agency customer gives feedback on a hosted event (sound, catering) and asks for a new booking",
             why="Known customer on her company's Exchange Online; complaint and request refer to a real event; no links, "
                 "no payment details, asks for an offer.")


def b34():
    body = dedent("""
    Καλημέρα Ελένη,

    υπενθύμιση για τις εκκρεμότητες του μήνα:

    1. Διαβίβαση στο myDATA των παραστατικών εξόδων Οκτωβρίου: λείπουν ακόμα τα τιμολόγια της ΔΕΗ και του προμηθευτή ποτών (Αθηναϊκή Ζυθοποιία). Αν μου τα στείλεις ως Τετάρτη, τα χαρακτηρίζω εγώ.
    2. Δήλωση ΦΠΑ Οκτωβρίου: προθεσμία 30/11. Θα σου στείλω το σημείωμα με το ποσό μέχρι 26/11.
    3. Μισθοδοσία Νοεμβρίου και δώρο Χριστουγέννων: χρειάζομαι τις τελικές ώρες των εποχικών έως 10/12.

    Επίσης, επειδή κυκλοφορούν πολλά ψεύτικα μηνύματα "από την ΑΑΔΕ" για αποκλίσεις στο myDATA: η ΑΑΔΕ δεν στέλνει τέτοια email με συνδέσμους για κωδικούς TAXISnet. Αν λάβεις κάτι τέτοιο, προώθησέ το μου πριν κάνεις οτιδήποτε.

    Φιλικά,
    Δημήτρης Μαυρίδης
    Λογιστικό Γραφείο Δ. Μαυρίδη
    Αχαρνών 214, 104 46 Αθήνα, τηλ. 210 8217 604
    """)
    return M(folder=F, num=34, lang="el", slug="logistis-ypenthymisi-mydata-fpa",
             profile=I.Thunderbird(lang="el", lan_ip="192.168.1.20", client_rdns="ppp-176-92-48-117.home.otenet.gr",
                                   client_ip="176.92.48.117",
                                   out=("mail.mavridis-logistiki.gr", "vps118734.hellasserver.gr", "185.4.132.57"),
                                   zone="gr"),
             when=("gr", 2026, 11, 20, 9, 14, 30),
             frm=("Δημήτρης Μαυρίδης", "d.mavridis@mavridis-logistiki.gr"), to=[S("gr_acc")],
             subject="Εκκρεμότητες Νοεμβρίου: myDATA, ΦΠΑ, μισθοδοσία",
             hcs="iso-8859-7", henc="B",
             body=plain(body, "ISO-8859-7", "8bit", quote_charset=False, flowed=True),
             hardneg=[32], hn_topic="myDATA / tax-deadline reminder",
             desc="External tax accountant's monthly reminder about myDATA transmissions, VAT return and payroll",
             why="Known accountant from his own domain and server; no links; concrete bookkeeping items; even warns about "
                 "fake AADE e-mails.")


def b35():
    body = dedent("""
    Ελένη καλημέρα,

    σε παρακαλώ να μπει στη σημερινή πληρωμή προμηθευτών το τιμολόγιο της Aegean Sound για την επισκευή του ενισχυτή στην αίθουσα 2 (ΤΠΥ 2026-187, 6.820,00 €). Ο προμηθευτής είναι ήδη καταχωρημένος και ο λογαριασμός είναι ο γνωστός από τις προηγούμενες πληρωμές, δεν αλλάζει τίποτα.

    Το τιμολόγιο το έχω εγκρίνει στο σύστημα από χθες, χρειάζεται και η δεύτερη έγκριση της Sabine (σε κοινοποίηση). Το επείγον είναι επειδή μας ζήτησαν να εξοφληθεί πριν κλείσει ο μήνας για να κρατήσουν την τιμή του συμβολαίου συντήρησης.

    Αν υπάρχει θέμα πάρε με τηλέφωνο στο 6944 118 207.

    Ευχαριστώ,
    Γιώργος
    """)
    t = plain(body, "iso-8859-7", "quoted-printable")
    h = html(htm.outlook(body, "EL"), "iso-8859-7", "quoted-printable")
    return M(folder=F, num=35, lang="el", slug="diefthyntis-epeigousa-pliromi-esoteriko",
             profile=I.ExchangeInternal(lang="el-GR", zone="gr"), when=("gr", 2026, 12, 2, 9, 5, 37),
             frm=S("gr_mgr"), to=[S("gr_acc")], cc=[S("cfo")],
             subject="Επείγον: πληρωμή Aegean Sound σήμερα",
             hcs="iso-8859-7", henc="B",
             body=mime.multi("alternative", [t, h]),
             hardneg=[36], hn_topic="Office manager's urgent payment request to the accountant",
             desc="The Greek office manager's genuine urgent request to include a known supplier's invoice in today's payment run",
             why="Internal relay and Exchange; existing supplier and unchanged account; invoice already approved in the "
                 "system, second approval by the CFO kept (in copy); phone number offered.")


def b36():
    link = ("https://examplegroup-my.sharepoint.com/:x:/g/personal/georgios_papadopoulos_example_com/"
            "EaR4t1yN2qVPq7mZcX0bW8kB5nJ3hL6sTf9dE2uQ1aYw0g?e=Qm3Rk1")
    fname = "Προϋπολογισμός 2027 Αθήνα.xlsx"
    txt = dedent("""
    Ο χρήστης Γιώργος Παπαδόπουλος μοιράστηκε ένα αρχείο μαζί σας

    "Ελένη, το αρχείο του προϋπολογισμού με τις τελευταίες αλλαγές στο κόστος προσωπικού. Ρίξε μια ματιά πριν τη συνάντηση της Πέμπτης."

    %s
    %s

    Άνοιγμα

    Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου δημιουργήθηκε από την Microsoft εκ μέρους του Example Group.
    Δήλωση προστασίας προσωπικών δεδομένων
    """) % (fname, link)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="margin:0;font-family:\'Segoe UI\',Tahoma,sans-serif;color:#242424">\n'
         '<table width="520" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">\n'
         '<p style="font-size:21px;font-weight:600">Ο χρήστης Γιώργος Παπαδόπουλος μοιράστηκε ένα αρχείο μαζί σας</p>\n'
         '<div style="border-left:4px solid #c8c8c8;padding:6px 12px;font-size:14px">Ελένη, το αρχείο του προϋπολογισμού με τις '
         'τελευταίες αλλαγές στο κόστος προσωπικού. Ρίξε μια ματιά πριν τη συνάντηση της Πέμπτης.</div>\n'
         '<table style="margin:18px 0;border:1px solid #e1e1e1;width:100%%"><tr><td style="padding:12px;font-size:14px">'
         '&#128215; %s</td></tr></table>\n'
         '<a href="%s" style="background:#0f6cbd;color:#fff;padding:8px 22px;text-decoration:none;border-radius:4px;font-size:14px">Άνοιγμα</a>\n'
         '<p style="font-size:11px;color:#616161;margin-top:28px">Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου δημιουργήθηκε από την '
         'Microsoft εκ μέρους του Example Group.<br>Δήλωση προστασίας προσωπικών δεδομένων</p>\n'
         '</td></tr></table></body></html>\n') % (fname, link)
    return M(folder=F, num=36, lang="el", slug="sharepoint-esoteriki-koinopoiisi",
             profile=SV.MSOnline(kind="odsp", eop="mail-db8eur05on2093.outbound.protection.outlook.com",
                                 eop_ip="40.107.20.93", srv="DU2PR04MB8774", srv2="DB9PR04CA0021", pod="eurprd04",
                                 org="example.com", zone="gr"),
             when=("gr", 2026, 11, 25, 16, 40, 2),
             frm=("Γιώργος Παπαδόπουλος", "no-reply@sharepointonline.com"), to=[S("gr_acc")],
             subject="Ο χρήστης Γιώργος Παπαδόπουλος μοιράστηκε το \"%s\" μαζί σας" % fname,
             henc="B",
             body=alt(txt, h, "utf-8", "base64"),
             hardneg=[35], hn_topic="SharePoint sharing notification",
             desc="SharePoint Online notification: the Greek office manager shares a budget workbook from the company tenant",
             why="Genuine Microsoft notification for our own tenant (examplegroup-my.sharepoint.com); sharer is a colleague; "
                 "expected document for an upcoming meeting; no payment context.")


MESSAGES = [b32, b33, b34, b35, b36]
