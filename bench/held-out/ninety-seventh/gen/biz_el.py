"""Genuine business messages, Greek (5)."""
import hops
import ids
from assets import pdf_att
from banking import fmt_iban
from common import Mail, Body, S, local
from textfmt import outlook_html, gmail_html, simple_html


def b32():
    text = """Καλημέρα Ελένη,

κοίταξα σήμερα το myDATA για τον Οκτώβριο. Από την πλευρά των εσόδων όλα είναι εντάξει, έχουν διαβιβαστεί και τα 46 παραστατικά.

Στα έξοδα έχουν μείνει αχαρακτήριστα τρία παραστατικά: το τιμολόγιο της Attica Protect για τις στολές (ΤΠΥ 2026/0871), ένα της ACS και ο λογαριασμός ρεύματος του γραφείου. Στείλε μου σε παρακαλώ τα PDF για να τα χαρακτηρίσω εγώ από το λογιστικό πρόγραμμα μέχρι την Παρασκευή.

Υπενθύμιση: η ΑΑΔΕ δεν στέλνει e-mail με συνδέσμους για να μπείτε με κωδικούς TAXISnet. Ό,τι χρειάζεται το βλέπω εγώ από το myAADE. Αν σας έρθει κάτι τέτοιο, μην πατήσετε τίποτα και προωθήστε το μου.

Φιλικά,
Κώστας Δημητρίου
Λογιστικό Γραφείο
Λ. Μεσογείων 388, Αγία Παρασκευή
Τηλ. 210 600 4471
"""
    return Mail("logistis-mydata-xaraktirismoi", "el", local(2026, 11, 5, 9, 12, "GR"),
                ("Κώστας Δημητρίου", "k.dimitriou@otenet.gr"), [S("gr_acc")],
                "myDATA Οκτωβρίου - αχαρακτήριστα έξοδα", hops.otenet(),
                Body(plain=text, html=outlook_html(text, lang="EL"), charset="iso-8859-7", cte="quoted-printable"),
                hdr_cs="iso-8859-7", hdr_enc="B", hdr_label="iso-8859-7",
                what="External accountant (on consumer OTEnet mail, Outlook 2016) about uncategorised expense documents in myDATA for October.",
                why="Long-standing accountant's address, Outlook desktop via OTEnet from a home DSL line, concrete bookkeeping detail, asks for PDFs, warns that AADE never mails TAXISnet links.",
                hn=[("el-aade-mydata-apokliseis", "Same topic (myDATA October discrepancies); genuine accountant vs. fake AADE asking for TAXISnet credentials.")])


def b33():
    text = """Καλησπέρα σας,

σας αποστέλλουμε συνημμένα το τιμολόγιο ΤΠΥ 2026/0904 για την παράδοση των χειμερινών στολών (40 μπουφάν, 80 παντελόνια) στο γραφείο σας στο Χαλάνδρι.

Σύνολο: 7.328,40 € (καθαρή αξία 5.910,00 € + ΦΠΑ 24%% 1.418,40 €)
Τρόπος πληρωμής: κατάθεση στον γνωστό λογαριασμό μας στην Εθνική Τράπεζα, IBAN %s
Προθεσμία: 30 ημέρες

Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001947283716).

Με εκτίμηση,
Λογιστήριο
Attica Protect Α.Ε.
Λεωφ. Αθηνών 112, 104 42 Αθήνα - Τηλ. 210 512 3340
""" % fmt_iban(ids.ATTICA_GENUINE)
    pdf = pdf_att("ΤΠΥ_2026_0904.pdf", [
        "ATTICA PROTECT Α.Ε. - Στολές και εξοπλισμός ασφαλείας", "Λεωφ. Αθηνών 112, 104 42 Αθήνα - ΑΦΜ 094512873 - ΔΟΥ ΦΑΕ Αθηνών", "",
        "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ / ΠΩΛΗΣΗΣ  ΤΠΥ 2026/0904      10/11/2026", "",
        "Πελάτης: EXAMPLE GROUP HELLAS Μ.Α.Ε. - Λεωφ. Κηφισίας 280, Χαλάνδρι", "",
        "Ποσ.  Περιγραφή                                 Τιμή      Αξία",
        "40    Μπουφάν χειμερινό φύλαξης με σήμα         87,75   3.510,00",
        "80    Παντελόνι εργασίας μαύρο                 30,00   2.400,00",
        "                                      Καθαρή αξία     5.910,00",
        "                                      ΦΠΑ 24%         1.418,40",
        "                                      Σύνολο          7.328,40", "",
        "ΜΑΡΚ: 400001947283716",
        "IBAN: " + fmt_iban(ids.ATTICA_GENUINE) + " (Εθνική Τράπεζα)"],
        title="ΤΠΥ 2026/0904", author="Λογιστήριο", creator="SoftOne", producer="SoftOne")
    inf = hops.postfix_host("Attica Protect mail server", "mail.atticaprotect.gr", "mail.atticaprotect.gr", "195.97.51.18",
                            "mail.atticaprotect.gr", submit_from="ppp-94-68-12-77.home.otenet.gr", submit_ip="94.68.12.77",
                            mailer=("X-Mailer", "Microsoft Outlook 16.0"), bstyle="outlook_desktop", tls=hops.TLS12,
                            msgid_fn=lambda ctx: "<000801db%s$%s$%s$@atticaprotect.gr>" % tuple("".join(ctx.rng.choice("0123456789abcdef") for _ in range(n)) for n in (4, 8, 8)),
                            desc="supplier's own mail server mail.atticaprotect.gr, Outlook 2016")
    return Mail("attica-protect-timologio", "el", local(2026, 11, 10, 16, 30, "GR"),
                ("Λογιστήριο Attica Protect", "logistirio@atticaprotect.gr"), [S("gr_acc")],
                "Τιμολόγιο ΤΠΥ 2026/0904 - Attica Protect Α.Ε.", inf,
                Body(plain=text, html=outlook_html(text, lang="EL"), charset="windows-1253", cte="base64"),
                atts=[pdf], hdr_cs="windows-1253", hdr_enc="B", hdr_label="windows-1253",
                what="Greek uniform supplier's genuine invoice with PDF, myDATA MARK number and its known National Bank of Greece IBAN.",
                why="Supplier's own domain and mail server, 'γνωστό λογαριασμό' unchanged, invoice matches a delivery, registered in myDATA; no pressure.",
                hn=[("el-attica-protect-iban-lookalike", "Same supplier, adjacent invoice numbers; the look-alike (attica-protect.gr) redirects payment to Alpha Bank.")])


def b34():
    text = """Ελένη καλησπέρα,

σου γράφω από το προσωπικό μου mail γιατί το εταιρικό laptop έμεινε στο γραφείο και αύριο δεν θα έρθω, έχω πυρετό από το μεσημέρι. Θα πάω το πρωί στον γιατρό και θα σου στείλω τη βεβαίωση για την άδεια ασθενείας.

Δύο πράγματα που εκκρεμούν:
1. Την προσφορά για την Aegean Marine (ενίσχυση φύλαξης στο λιμάνι) την έχω σχεδόν έτοιμη στον κοινόχρηστο φάκελο, θα τη στείλω μόλις γυρίσω.
2. Ο Σπύρος καλύπτει τη βάρδια ελέγχου στο κέντρο λήψης σημάτων την Πέμπτη.

Τίποτα άλλο επείγον. Αν χρειαστείς κάτι πάρε με τηλέφωνο.

Νίκος
"""
    inf = hops.gmail(n=52, ip_last=52, helo_prefix="mail-lf1-f", net="209.85.167")
    return Mail("syndelfos-astheneia-gmail", "el", local(2026, 12, 15, 20, 14, "GR"),
                ("Nikos Papadopoulos", "nikpapadopoulos76@gmail.com"), [S("gr_acc")],
                "Αύριο άρρωστος - εκκρεμότητες", inf,
                Body(plain=text, html=gmail_html(text), charset="UTF-8", cte="base64"),
                hdr_cs="utf-8", hdr_enc="B", hdr_label="UTF-8",
                what="Athens office manager tells a colleague from his private Gmail that he is sick tomorrow and lists pending tasks.",
                why="Private Gmail (sent from the Gmail app), personal tone, mentions real colleagues and customers, invites a phone call, asks for nothing.",
                hn=[("el-trapeza-callback-toad", "Free-mail messages to the Athens office; the genuine one asks for nothing, the TOAD pushes a phone number.")])


def b35():
    text = """Καλημέρα κ. Παπαδόπουλε,

στις 18/12 αναμένεται στον προβλήτα ΙΙ του Πειραιά το δεξαμενόπλοιο που διαχειριζόμαστε, με παραμονή περίπου 36 ωρών. Λόγω της αναβάθμισης του επιπέδου ασφαλείας κατά ISPS (επίπεδο 2) για τη συγκεκριμένη προβλήτα, χρειαζόμαστε:

- 2 φύλακες στην κλίμακα επιβίβασης (gangway watch) σε 24ωρη βάση,
- 1 περιπολία στην προβλήτα ανά 2 ώρες κατά τη νυχτερινή βάρδια,
- ημερήσια αναφορά προς τον Υπεύθυνο Ασφαλείας Λιμενικής Εγκατάστασης.

Μπορείτε να μας στείλετε προσφορά έως την Τετάρτη; Οι λεπτομέρειες πρόσβασης και οι λίστες πληρώματος θα σταλούν μέσω του συστήματος του λιμένα.

Με εκτίμηση,
Μαρία Λαμπράκη
Operations Manager
Aegean Marine Services
Ακτή Μιαούλη 47, 185 36 Πειραιάς
"""
    inf = hops.exo("Aegean Marine tenant", "VI1PR06MB4482", "eurprd06.prod.outlook.com",
                   "EUR02-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur02on2124.outbound.protection.outlook.com",
                   "40.107.241.124", lang="el-GR", tenant_seed="aegeanmarine.gr")
    inf.desc = "genuine Microsoft 365 tenant of aegeanmarine.gr"
    return Mail("pelatis-limani-isps", "el", local(2026, 12, 8, 10, 5, "GR"),
                ("Μαρία Λαμπράκη", "m.lamprakis@aegeanmarine.gr"), [S("gr_mgr")],
                "Αίτημα προσφοράς φύλαξης - άφιξη δεξαμενόπλοιου 18/12, Πειραιάς (ISPS επίπεδο 2)", inf,
                Body(plain=text, html=outlook_html(text, lang="EL"), charset="utf-8", cte="quoted-printable"),
                cc=[("Aegean Marine Operations", "operations@aegeanmarine.gr")], hdr_cs="utf-8", hdr_enc="B", hdr_label="utf-8",
                what="Customer request for a quote: gangway watch and patrols for a tanker call in Piraeus under ISPS security level 2.",
                why="Customer's own Microsoft 365 tenant, operational request in the trade's vocabulary, no links or attachments, asks for an offer.")


def b36():
    text = """Καλημέρα σε όλους,

μερικές ενημερώσεις για τις γιορτές:

1. Το γραφείο στο Χαλάνδρι θα είναι κλειστό από 24/12 έως 02/01. Το κέντρο λήψης σημάτων λειτουργεί κανονικά 24/7 με το πρόγραμμα βαρδιών που έχει ήδη αναρτηθεί.
2. Οι κωδικοί συναγερμού του γραφείου αλλάζουν στις 23/12. Τους νέους θα τους λάβετε προσωπικά από εμένα, όχι με e-mail.
3. Υπενθύμιση από το IT: οι κωδικοί πρόσβασης δεν λήγουν και το IT δεν στέλνει ποτέ μηνύματα του τύπου "ο κωδικός σας λήγει σήμερα". Τέτοια μηνύματα είναι phishing - πατήστε "Αναφορά phishing" στο Outlook.

Καλές γιορτές!
Νίκος

Nikos Papadopoulos
Office Manager Greece
Example Group Hellas Μ.Α.Ε.
"""
    return Mail("grafeio-giortes-enimerosi", "el", local(2026, 12, 11, 12, 40, "GR"),
                S("gr_mgr"), [("Example Group Hellas - όλοι", "gr.all@example.com")],
                "Γιορτές: ωράριο γραφείου, κωδικοί συναγερμού, υπενθύμιση IT", hops.internal(lang="el-GR"),
                Body(plain=text, html=outlook_html(text, lang="EL"), charset="iso-8859-7", cte="quoted-printable"),
                rcpt=S("gr_acc")[1], hdr_cs="iso-8859-7", hdr_enc="B", hdr_label="iso-8859-7",
                what="Internal notice from the Athens office manager: holiday closure, alarm code change, reminder that passwords do not expire.",
                why="Internal Exchange mail via mail-int01 to the Greek all-staff list; no links; explicitly says alarm codes are not sent by e-mail and password-expiry mails are phishing.",
                hn=[("el-kodikos-lixi-m365", "Same topic (password expiry, 'Example Group IT'); internal notice vs. external SES phish.")])


def messages():
    return [b32(), b33(), b34(), b35(), b36()]
