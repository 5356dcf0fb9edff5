"""Genuine business messages, Greek (32-36)."""
from util import *
from profiles import smtp_client, exch_internal, mailchimp, gmail
from lib import pdf
from lib.bank import fmt_iban
from lib import bank as B
from company import IBAN, BIC, EG_GR_AFM

AEGEAN_AFM = B.gr_afm("09471283")


def b32():
    m = Msg("business", 32, "el", "aegean-supplies-timologio",
            "Aegean Yacht Supplies accounting sends invoice 2026/1418 (provisioning and chandlery for the Lavrio fleet) "
            "with an English PDF; Outlook, windows-1253, quoted-printable",
            "Real supplier domain aegean-yachtsupplies.gr and mail server; usual Piraeus Bank account; invoice also "
            "transmitted to myDATA; compare attack 35 (look-alike domain, Cypriot account).",
            pair=([35], "supplier invoice / bank details"))
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.t = T(2026, 11, 16, 13, 25, 9, "GR")
    c = m.ctx
    F = dict(frm=addr("Λογιστήριο Aegean Yacht Supplies", "logistirio@aegean-yachtsupplies.gr", "windows-1253", "B"),
             to=addr("Ελένη Κωνσταντίνου", "eleni.konstantinou@examplegroup.eu", "windows-1253", "B"),
             cc=addr("Γιώργος Δημητρίου", "g.dimitriou@aegean-yachtsupplies.gr", "windows-1253", "B"),
             subject=hval("Τιμολόγιο 2026/1418 - Example Yachting Hellas", "windows-1253", "B"),
             t=ago(m.t, 2), tz="GR", env="logistirio@aegean-yachtsupplies.gr", lang="el")
    smtp_client(m, F, relay="mail.aegean-yachtsupplies.gr", relay_ip="62.1.46.211", out_helo="mail.aegean-yachtsupplies.gr",
                client_helo="LOGISTIRIO-01", client_rdns="ppp-94-65-213-17.home.otenet.gr", client_ip="94.65.213.17",
                auth="logistirio@aegean-yachtsupplies.gr", mailer="Microsoft Outlook 16.0",
                mid=c.outlook_imap_mid("aegean-yachtsupplies.gr"), relay_tz="GR")
    text = """Καλησπέρα σας κυρία Κωνσταντίνου,

Σας επισυνάπτουμε το τιμολόγιο 2026/1418 για τα εφόδια και τα ανταλλακτικά που παραδόθηκαν στη μαρίνα Λαυρίου στις 12/11 (σκάφη Meltemi και Ostria).

Σύνολο: 6.742,30 € (με ΦΠΑ 24%). Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ στο PDF).
Πληρωμή εντός 30 ημερών στον γνωστό λογαριασμό μας στην Τράπεζα Πειραιώς.

Με εκτίμηση,
Λογιστήριο
Aegean Yacht Supplies Α.Ε.
Ακτή Μιαούλη 47, 185 36 Πειραιάς
Τηλ. 210 412 7730
"""
    inv = pdf.simple_doc([
        "#AEGEAN YACHT SUPPLIES S.A.", "Akti Miaouli 47, 185 36 Piraeus - VAT EL" + AEGEAN_AFM, "",
        "Bill to: EXAMPLE YACHTING HELLAS M.I.K.E., Lavrio Marina - VAT EL" + EG_GR_AFM, "",
        "#Invoice 2026/1418 - 13/11/2026", "MARK (myDATA): 400001%s" % c.digits(9), "",
        "Provisioning packs (Meltemi, Ostria)                      1.840,00 EUR",
        "Antifouling and zincs                                     1.306,74 EUR",
        "Bilge pump Rule 2000 x2, impellers, filters               2.290,60 EUR", "",
        "Net 5.437,34 EUR   VAT 24% 1.304,96 EUR   Total 6.742,30 EUR", "",
        "Payment: 30 days - Piraeus Bank " + fmt_iban(IBAN["aegean"]) + " - " + BIC["aegean"],
    ], title="Invoice 2026/1418", creator="SoftOne", producer="SoftOne Series 5", date="D:20261113120000+02'00'")
    m.notes.append("IBAN %s (GR, mod-97 valid); AFM %s" % (IBAN["aegean"], AEGEAN_AFM))
    m.body = Multipart("mixed", [alt(m, text, outlook_html(text, "EL"), "windows-1253", "quoted-printable"),
                                 Attachment(inv, "application/pdf", "Invoice_2026-1418.pdf")], m.boundary(),
                       preamble="This is a multipart message in MIME format.")
    return m


def b33():
    m = Msg("business", 33, "el", "skipper-anafora-otenet",
            "Freelance skipper (OTEnet mail, Thunderbird, iso-8859-7 8bit) reports after a charter: bow-thruster fault "
            "and a damaged fender on 'Meltemi', asks for the repair to be booked",
            "Known skipper address, operational report with details, no links or payment requests.", pair=None)
    m.rcpt = "nikos.papadopoulos@example.com"
    m.t = T(2026, 10, 11, 20, 31, 46, "GR")
    c = m.ctx
    F = dict(frm=addr("Κώστας Αλεξίου", "kalexiou@otenet.gr", "ISO-8859-7", "B"),
             to=addr("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com", "ISO-8859-7", "B"),
             subject=hval("Αναφορά ναύλωσης Meltemi 3-10/10", "ISO-8859-7", "B"), t=ago(m.t, 3), tz="GR",
             env="kalexiou@otenet.gr", lang="el")
    smtp_client(m, F, relay="mailout.otenet.gr", relay_ip="195.170.0.21", out_helo="mailout.otenet.gr",
                client_helo="[192.168.1.5]", client_rdns="ppp-2-86-171-40.home.otenet.gr", client_ip="2.86.171.40",
                auth="kalexiou@otenet.gr", mid="<%s@otenet.gr>" % c.uuid(), order="thunderbird",
                user_agent="Mozilla Thunderbird", relay_tz="GR")
    text = """Νίκο καλησπέρα,

Επιστρέψαμε σήμερα στο Λαύριο με το Meltemi, όλα καλά με τους πελάτες (οικογένεια από τη Βιέννη, πολύ ευχαριστημένοι).

Δύο θέματα για το σέρβις:
1. Το bow thruster σταματάει μετά από 3-4 δευτερόλεπτα, μάλλον η ασφάλεια ή το ρελέ. Το αναφέραμε και στη βάση.
2. Σκίστηκε ένα μπαλόνι στη δεξιά πλευρά στη Σύρο με το μελτέμι.

Το ημερολόγιο και τη λίστα παράδοσης τα άφησα στο γραφείο της μαρίνας. Μπορείς να κλείσεις το σέρβις πριν από την επόμενη ναύλωση στις 17/10;

Καλό βράδυ,
Κώστας
"""
    m.body = Text(text, "plain", "ISO-8859-7", "8bit", quote_cs=False, extra_params=[("format", "flowed")])
    return m


def b34():
    m = Msg("business", 34, "el", "esoteriko-mydata-prothesmia",
            "Office manager Greece (internal Exchange) reminds the accountant of the myDATA transmission deadline and "
            "that AADE never e-mails login links",
            "Internal route with Exchange hop; refers to the company's own invoicing provider and the official "
            "aade.gr portal typed by hand; no links; hard negative for attack 32.", pair=([32], "myDATA / AADE"))
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.t = T(2026, 11, 4, 11, 16, 58, "GR")
    F = dict(frm=addr("Nikos Papadopoulos", "nikos.papadopoulos@example.com"),
             to=addr("Eleni Konstantinou", "eleni.konstantinou@examplegroup.eu"),
             subject=hval("myDATA: διαβίβαση Οκτωβρίου έως 20/11", "iso-8859-7", "Q"), t=ago(m.t, 3),
             env="nikos.papadopoulos@example.com")
    exch_internal(m, F, server="EXCH02", lang="el-GR", client_ip="10.70.1.31")
    text = """Ελένη καλημέρα,

Υπενθύμιση ότι τα παραστατικά εξόδων του Οκτωβρίου (κυρίως Aegean Yacht Supplies και καύσιμα) πρέπει να χαρακτηριστούν στο myDATA έως τις 20/11. Τα έσοδα τα διαβιβάζει ήδη αυτόματα ο πάροχος ηλεκτρονικής τιμολόγησης.

Όπως είπαμε και στη σύσκεψη: η ΑΑΔΕ δεν στέλνει ποτέ email με συνδέσμους σύνδεσης για αποκλίσεις. Αν έρθει κάτι τέτοιο, μην πατάς τίποτα - μπαίνουμε μόνο από το aade.gr πληκτρολογώντας τη διεύθυνση.

Ευχαριστώ,
Νίκος

Nikos Papadopoulos
Office Manager
Example Yachting Hellas Μ.Ι.Κ.Ε. | Lavrio Marina
"""
    m.body = alt(m, text, outlook_html(text, "EL"), "iso-8859-7", "quoted-printable")
    return m


def b35():
    m = Msg("business", 35, "el", "newsletter-nautilia-mailchimp",
            "Subscribed Greek yachting-industry newsletter via Mailchimp, with List-Unsubscribe / One-Click",
            "Real ESP with list headers and subscriber-specific unsubscribe link; editorial content.", pair=None)
    m.rcpt = "nikos.papadopoulos@example.com"
    m.t = T(2026, 11, 26, 9, 0, 31, "GR")
    F = dict(frm=addr("Ναυτιλιακά Νέα Αιγαίου", "news@nautilia-aigaiou.gr", "UTF-8", "B"),
             to="nikos.papadopoulos@example.com",
             subject=hval("Ναυτιλιακά Νέα Αιγαίου #47: τέλη ελλιμενισμού 2027, ναυλώσεις, έκθεση στο Φλοίσβο", "UTF-8", "B"),
             t=m.t, mc_acct="nautilia-aigaiou", list_name="Nautilia Aigaiou")
    mailchimp(m, F, server="us14", host="mail62.suw121.mcdlv.net", ip="198.2.162.62")
    text = """Ναυτιλιακά Νέα Αιγαίου - Τεύχος 47
------------------------------------------------------------

ΤΕΛΗ ΕΛΛΙΜΕΝΙΣΜΟΥ 2027
Οι μαρίνες της Αττικής ανακοινώνουν αυξήσεις 5-8%% για τη νέα χρονιά.

ΝΑΥΛΩΣΕΙΣ
Αύξηση 6%% στις κρατήσεις για τη σεζόν 2027 σε σχέση με πέρσι, σύμφωνα με τους ναυλομεσίτες.

ΕΚΘΕΣΗ
Η έκθεση σκαφών στη μαρίνα Φλοίσβου επιστρέφει τον Απρίλιο.

============================================================
Λαμβάνετε αυτό το μήνυμα επειδή έχετε εγγραφεί στο ενημερωτικό μας δελτίο.
Διαγραφή: %s
""" % m.unsub
    html = simple_html(text, "font-family:Arial,sans-serif;font-size:14px;color:#0a2540;max-width:600px").replace("%CS%", "UTF-8")
    m.body = alt(m, text, html, "UTF-8", "quoted-printable")
    return m


def b36():
    m = Msg("business", 36, "el", "laptop-xalase-gmail-idiotiko",
            "Accountant Eleni writes from her private Gmail: company laptop shows a BitLocker recovery screen, she "
            "works from home today and asks IT (in English) for help",
            "Private address of a colleague but no money or credentials requested; asks IT to phone her on the known "
            "mobile; Gmail's real servers.", pair=([6], "colleague writing from private mail"))
    m.rcpt = "thomas.becker@example.com"
    m.t = T(2026, 12, 15, 8, 14, 3, "GR")
    F = dict(frm=addr("Eleni Konstantinou", "eleni.konst82@gmail.com"),
             to=addrs([staff("thomas.becker"), addr("Nikos Papadopoulos", "nikos.papadopoulos@example.com")], ", "),
             subject="Laptop BitLocker recovery screen / δεν ανοίγει το laptop", t=ago(m.t, 2), tz="GR",
             env="eleni.konst82@gmail.com")
    F["subject"] = hval(F["subject"], "UTF-8", "B")
    gmail(m, F, mx=("mail-ej1-f52", "209.85.218.52"))
    text = """Hello Thomas,

I'm writing from my private Gmail because my company laptop (Lenovo T14, asset EG-NB-0522) shows a blue BitLocker recovery screen this morning after a Windows update and asks for a recovery key. I didn't enter anything.

Could someone from IT call me on my company mobile (+30 697 412 8836)? I'm working from home today.

Νίκο, σήμερα δουλεύω από το σπίτι, οι πληρωμές της εβδομάδας είναι έτοιμες στην τράπεζα για έγκριση.

Thanks,
Eleni
"""
    m.body = alt(m, text, gmail_html(text), "UTF-8", "quoted-printable")
    m.body.fold = False
    return m


BUILDERS = [b32, b33, b34, b35, b36]
