"""Genuine business messages, Greek (32-36)."""
from common import *
import threads

F = "business"
AFM_EX = "801573428"


@message(F, "el", "thermaikos-pinakas-yalostasion-thread",
         "Genuine reply of Νίκος Αντωνίου (customer Θερμαϊκός, own mail server, Outlook) in the offer thread for the Kalamaria project with the glazing schedule Rev2 as PDF attachment",
         "Real customer mailbox and thread, answers the actual question, document attached directly. Hard negative of attack/35 (same thread hijacked with an Azure-blob link).")
def b32():
    r = rng("b32")
    t = threads.TH_REPLY_TIME
    rcpt = "giorgos.papadopoulos@example.com"
    frm_addr = "n.antoniou@thermaikos-kat.gr"
    s = infra.postfix_auth(r, t, rcpt, "mail.thermaikos-kat.gr", "mail.thermaikos-kat.gr", "94.70.141.203",
                           "mail.thermaikos-kat.gr", "94.70.141.210", frm_addr, tz="gr", client_helo="PC-NIKOS")
    quoted = """From: Γιώργος Παπαδόπουλος [mailto:giorgos.papadopoulos@example.com]
Sent: Tuesday, November 10, 2026 5:12 PM
To: Νίκος Αντωνίου
Subject: Προσφορά υαλοπινάκων - Έργο Καλαμαριά, κτίριο Β

Νίκο καλησπέρα,
για να κλείσουμε την προσφορά χρειάζομαι τον τελικό πίνακα υαλοστασίων του κτιρίου Β με τις διαστάσεις.
Γιώργος"""
    body = f"""Γιώργο καλημέρα,

σου στέλνω συνημμένο τον πίνακα υαλοστασίων (Rev2) του κτιρίου Β. Οι αλλαγές σε σχέση με το Rev1 είναι στα ανοίγματα του 3ου ορόφου (Τ3.04-Τ3.09), όπου ο μηχανικός ζήτησε τριπλό υαλοπίνακα.

Περιμένουμε την τελική προσφορά μέχρι την Τετάρτη, γιατί την Πέμπτη έχουμε σύσκεψη με τον ιδιοκτήτη.

Ευχαριστώ,
Νίκος Αντωνίου
Θερμαϊκός Κατασκευαστική Α.Ε.
Τμήμα Προμηθειών
Τ. 2310 482 915

{quoted}
"""
    sched = pdf_doc([
        ("h1", "THERMAIKOS KATASKEVASTIKI S.A."),
        ("h2", "Glazing schedule - Kalamaria residential, Building B - Rev2 (12/11/2026)"),
        ("mono", "Pos     Floor  W x H (mm)     Glass build-up                          Qty\n"
                 "T1.01   1      1480 x 2350    6 ESG / 16 Ar / 44.2 VSG low-e          8\n"
                 "T2.01   2      1480 x 2350    6 ESG / 16 Ar / 44.2 VSG low-e          8\n"
                 "T3.04   3      1230 x 2350    4 / 14 Ar / 4 / 14 Ar / 44.2 (triple)   6\n"
                 "T3.09   3       980 x 2350    4 / 14 Ar / 4 / 14 Ar / 44.2 (triple)   4\n"
                 "T4.01   4      1480 x 2350    6 ESG / 16 Ar / 44.2 VSG low-e          8"),
        ("small", "Rev2: triple glazing for T3.04-T3.09 as requested by the structural engineer. All dimensions to be verified on site."),
    ], title="Glazing schedule Rev2", author="N. Antoniou", creator="Microsoft® Excel® 2019", producer="Microsoft® Excel® 2019",
        date="D:20261112180410+02'00'")
    html = html_wrap(f"""<div class="WordSection1">{p_html(body.split(quoted)[0])}
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">{p_html(quoted)}</div></div>""", "el", charset="windows-1253")
    alt = Multi("alternative", [Text(body, "plain", "windows-1253", "quoted-printable"), Text(html, "html", "windows-1253", "quoted-printable")], infra.outlook_boundary(r, t, 1))
    root = Multi("mixed", [alt, pdf_att(sched, "Pinakas_yalostasion_Ktirio_B_Rev2.pdf")], infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Νίκος Αντωνίου", frm_addr, "windows-1253", "B"), A("Γιώργος Παπαδόπουλος", rcpt, "windows-1253", "B"),
        SUBJ("RE: Προσφορά υαλοπινάκων - Έργο Καλαμαριά, κτίριο Β", "windows-1253", "B"), "thermaikos-kat.gr",
        irt=threads.TH_OFFER, refs=threads.TH_OFFER, lang="el", mid=threads.TH_REPLY)
    return hdr, root


@message(F, "el", "logistis-otenet-fpa-mydata-csv",
         "The external accountant (otenet.gr mailbox, Outlook) sends the October VAT figures and a myDATA reconciliation CSV (windows-1253) showing two invoices without ΜΑΡΚ that the office must transmit",
         "Known accountant on his usual address, concrete figures, CSV data (no macros, no links), asks to correct in the ERP, not to log in "
         "anywhere. Hard negative of attack/32 (fake ΑΑΔΕ myDATA notice).")
def b33():
    r = rng("b33")
    t = timez.local("gr", 2026, 11, 17, 12, 30, 5)
    rcpt = "eleni.konstantinou@example.com"
    frm_addr = "dimitriou.logistiko@otenet.gr"
    s = infra.postfix_auth(r, t, rcpt, "mailgate.otenet.gr", "mailgate.otenet.gr", "83.235.69.33", "mailgate.otenet.gr",
                           "79.130.22.187", frm_addr, tz="gr", client_helo="LOGISTIRIO-PC")
    body = """Καλησπέρα κυρία Κωνσταντίνου,

σας στέλνω τα στοιχεία για την περιοδική δήλωση ΦΠΑ Οκτωβρίου:

Εκροές: 418.220,40 € - ΦΠΑ 100.372,90 €
Εισροές: 302.915,75 € - ΦΠΑ 72.699,78 €
ΦΠΑ προς καταβολή: 27.673,12 €

Στη συμφωνία με το myDATA (συνημμένο αρχείο) βλέπω δύο τιμολόγια πώλησης χωρίς ΜΑΡΚ (ΤΠ 2026/1874 και 2026/1879 της 28/10). Πιθανότατα δεν διαβιβάστηκαν λόγω του προβλήματος με τον πάροχο την ημέρα εκείνη. Παρακαλώ να τα διαβιβάσετε από το ERP έως την Παρασκευή, ώστε να υποβάλουμε τη δήλωση τη Δευτέρα.

Για οποιαδήποτε απορία είμαι στο γραφείο έως τις 17:00.

Με εκτίμηση,
Δημήτρης Δημητρίου
Λογιστής - Φοροτεχνικός Α' Τάξης
Λογιστικό Γραφείο Δ. Δημητρίου
Τσιμισκή 112, 546 22 Θεσσαλονίκη
Τηλ. 2310 266 418
"""
    csv = ("Α/Α;Τύπος;Σειρά/Αριθμός;Ημερομηνία;Α.Φ.Μ. Αντισυμβαλλόμενου;Καθαρή αξία;ΦΠΑ;ΜΑΡΚ\r\n"
           "1;1.1 Τιμολόγιο Πώλησης;ΤΠ 2026/1871;27/10/2026;094019245;12.480,00;2.995,20;400001942817735\r\n"
           "2;1.1 Τιμολόγιο Πώλησης;ΤΠ 2026/1872;27/10/2026;998156304;8.915,50;2.139,72;400001942818102\r\n"
           "3;1.1 Τιμολόγιο Πώλησης;ΤΠ 2026/1874;28/10/2026;094019245;6.240,00;1.497,60;\r\n"
           "4;1.1 Τιμολόγιο Πώλησης;ΤΠ 2026/1879;28/10/2026;801337524;3.118,20;748,37;\r\n"
           "5;1.1 Τιμολόγιο Πώλησης;ΤΠ 2026/1880;29/10/2026;997482112;21.006,00;5.041,44;400001943102259\r\n")
    root = Multi("mixed", [Text(body, "plain", "iso-8859-7", "quoted-printable"),
                           Attach(csv.encode("cp1253"), 'text/csv; charset="windows-1253"', "Symfonia_myDATA_10-2026.csv", name_style="2231")],
                 infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Λογιστικό Γραφείο Δημητρίου", frm_addr, "iso-8859-7", "B"), A("Ελένη Κωνσταντίνου", rcpt, "iso-8859-7", "B"),
        SUBJ("ΦΠΑ Οκτωβρίου και συμφωνία myDATA", "iso-8859-7", "B"), "otenet.gr", lang="el")
    return hdr, root


@message(F, "el", "giorgos-epeigousa-pliromi-intern",
         "The Thessaloniki office manager's genuine urgent payment request through the internal relay: pay the known freight forwarder for the Verona-Thessaloniki ferry load today, vendor already in the system, normal approval",
         "Internal sender via mail-int01/Exchange, existing supplier and invoice, standard approval, invites a phone call. Hard negative of attack/34.")
def b34():
    r = rng("b34")
    t = timez.local("gr", 2026, 10, 22, 11, 15, 40)
    rcpt = "eleni.konstantinou@example.com"
    s = infra.exchange_internal(r, t, rcpt, tz="gr", exch="EXCH02")
    plain = """Ελένη καλημέρα,

μπορείς να πληρώσεις σήμερα μέχρι τις 14:00 το τιμολόγιο της Μακεδονικής Διαμεταφορικής (ΤΔΑ 4418, 3.460,00 €) για το φορτίο από τη Βερόνα; Αν δεν μπει η πληρωμή σήμερα, δεν μας κρατάνε θέση στο πλοίο Ανκόνα - Ηγουμενίτσα της Παρασκευής και το φορτίο για τη Θερμαϊκός καθυστερεί μία εβδομάδα.

Είναι ήδη στους προμηθευτές μας με τον γνωστό λογαριασμό στην Eurobank, το τιμολόγιο το έχω περάσει στο ERP. Στείλ' το για έγκριση στην κυρία Krüger όπως πάντα.

Αν κάτι δεν είναι εντάξει πάρε με στο κινητό.

Ευχαριστώ,
Γιώργος

Γιώργος Παπαδόπουλος
Office Manager | Example Hellas
Τ. +30 2310 795 400 | Κ. +30 697 411 2850
"""
    html = html_wrap(f'<div class="WordSection1">{p_html(plain)}</div>', "el", charset="utf-8", style="")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "base64"), Text(html, "html", "utf-8", "base64")], exch_bnd(s, 0))
    hdr = [rp("giorgos.papadopoulos@example.com")] + s["trace"] + exch_headers(
        s, A("Παπαδόπουλος, Γιώργος", "giorgos.papadopoulos@example.com", "utf-8", "B"),
        A("Κωνσταντίνου, Ελένη", rcpt, "utf-8", "B"),
        SUBJ("Επείγον: πληρωμή Μακεδονική Διαμεταφορική σήμερα έως 14:00", "utf-8", "B"), lang="el-GR",
        extra=[("x-originating-ip", "[10.60.2.17]")])
    return hdr, root


@message(F, "el", "newsletter-pska-sendgrid",
         "Subscribed newsletter of the Greek aluminium fabricators' association (ΠΣΚΑ) via SendGrid with List-Unsubscribe",
         "Subscribed association newsletter, consistent ESP infrastructure, unsubscribe headers, links to the association's own domain.")
def b35():
    r = rng("b35")
    t = timez.local("gr", 2026, 11, 25, 8, 0, 14)
    rcpt = "giorgos.papadopoulos@example.com"
    frm_addr = "news@pska.gr"
    s = infra.sendgrid(r, t, rcpt, "o1.ptr3120.pska.gr", tz="gr")
    unsub = f"https://u4812937.ct.sendgrid.net/asm/unsubscribe/?user_id=4812937&data={rstr(r, ALNUM + '-_', 60)}"
    lnk = lambda p: f"https://www.pska.gr/{p}"
    items = [("Εξοικονομώ 2027: τι αλλάζει για τα κουφώματα", "Οι νέες απαιτήσεις θερμικής απόδοσης και οι επιλέξιμες δαπάνες.", "nea/exoikonomo-2027"),
             ("Σεμινάριο: Σωστή τοποθέτηση κουφωμάτων κατά ΕΛΟΤ 1501", "Θεσσαλονίκη, 12 Δεκεμβρίου 2026 - δωρεάν για τα μέλη.", "ekdiloseis/seminario-elot-1501"),
             ("Τιμές αλουμινίου LME: εβδομαδιαία ενημέρωση", "Σταθεροποίηση των τιμών μετά την άνοδο του Οκτωβρίου.", "agora/lme")]
    plain = "ΠΣΚΑ - Ενημερωτικό Δελτίο 47/2026\n\n" + "\n\n".join(f"{h}\n{tx}\n{lnk(u)}" for h, tx, u in items) + f"""

Λαμβάνετε αυτό το μήνυμα ως μέλος του ΠΣΚΑ.
Διαγραφή: {unsub}
ΠΣΚΑ, Εγνατίας 154, 546 36 Θεσσαλονίκη
"""
    blocks = "".join(f'<tr><td style="padding:14px 22px;border-bottom:1px solid #eee"><h3 style="margin:0 0 6px;color:#0d47a1">{h}</h3><p style="margin:0 0 6px">{tx}</p><a href="{lnk(u)}">Περισσότερα</a></td></tr>' for h, tx, u in items)
    html = html_wrap(f"""<table width="600" align="center" style="font-family:Arial,sans-serif;border:1px solid #ddd">
<tr><td style="background:#0d47a1;color:#fff;padding:16px 22px;font-size:20px"><b>ΠΣΚΑ</b> &middot; Ενημερωτικό Δελτίο 47/2026</td></tr>
{blocks}
<tr><td style="padding:12px 22px;font-size:11px;color:#777">Λαμβάνετε αυτό το μήνυμα ως μέλος του ΠΣΚΑ. <a href="{unsub}">Διαγραφή</a><br>ΠΣΚΑ, Εγνατίας 154, 546 36 Θεσσαλονίκη</td></tr></table>""", "el", charset="utf-8")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(f"bounces+4812937-{rstr(r, HEX, 4)}-{rcpt.replace('@', '=')}@em3120.pska.gr")] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("ΠΣΚΑ", frm_addr, "utf-8", "B")),
        ("Subject", SUBJ("Ενημερωτικό Δελτίο 47/2026: Εξοικονομώ 2027, σεμινάριο ΕΛΟΤ 1501", "utf-8", "B")),
        ("Message-ID", s["mid"]),
        ("To", rcpt),
        ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe@pska.gr?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ) + s["xh"]
    return hdr, root


@message(F, "el", "pelatis-parapono-gmail",
         "Complaint from a small aluminium-fabricator customer (Gmail): glass panes for order 2026-GR-0413 delivered 5 mm too short, asks for a replacement within the week",
         "Known small customer on his usual Gmail address, concrete order, no links or attachments; angry but genuine.")
def b36():
    r = rng("b36")
    t = timez.local("gr", 2026, 10, 12, 17, 5, 48)
    rcpt = "giorgos.papadopoulos@example.com"
    frm_addr = "alouminia.stamatiou@gmail.com"
    s = infra.gmail(r, t, rcpt, tz_client="gr")
    body = """Καλησπέρα κύριε Παπαδόπουλε,

σήμερα παραλάβαμε τα τζάμια της παραγγελίας 2026-GR-0413 και τα 4 από τα 10 (διπλά 4-16-4, 780 x 1320) είναι 5 χιλιοστά πιο κοντά από αυτό που γράφει η παραγγελία μας. Δεν μπαίνουν στα φύλλα και ο πελάτης στην Καλαμαριά περιμένει.

Σας παρακαλώ να τα ξαναφτιάξετε μέσα στην εβδομάδα, γιατί δεν είναι η πρώτη φορά. Αν χρειάζεστε την παραγγελία με τις διαστάσεις, σας τη στέλνω ξανά.

Ευχαριστώ,
Στάθης Σταματίου
Αλουμίνια Σταματίου Ο.Ε.
Σίνδος, 697 822 4190
"""
    root = Multi("alternative", [Text(body, "plain", "UTF-8", "quoted-printable"),
                                 Text(f'<div dir="ltr">{p_html(body)}</div>\n', "html", "UTF-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(frm_addr)] + s["trace"] + gmail_headers(
        s, A("Αλουμίνια Σταματίου", frm_addr, "UTF-8", "B"), A("Γιώργος Παπαδόπουλος", rcpt, "UTF-8", "B"),
        SUBJ("Παράπονο - λάθος διαστάσεις τζαμιών παραγγελία 2026-GR-0413", "UTF-8", "B"))
    return hdr, root
