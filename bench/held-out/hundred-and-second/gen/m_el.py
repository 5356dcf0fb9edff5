"""Greek messages: attacks 32-36, business 32-36."""
import infra
from infra import R
from common import (attack, business, T, H, ALT, MIXED, RELATED, ATT, addr,
                    subj, utc, Ctx, build, S, BANK, TAX, esc, ohtml,
                    paras_html, office_ip, rfcdate)
import ids
import zipc
from docs import invoice_pdf

IB = ids.iban_pretty


def who(k, cs="iso-8859-7", enc="B"):
    return addr(S[k]["name"], S[k]["addr"], cs, enc)


# ======================================================================
# ATTACKS
# ======================================================================

@attack("el", "aade-mydata-apokliseis-taxisnet",
        "Credential phishing impersonating AADE (Greek tax authority): 'discrepancies in invoices transmitted to myDATA for Q3, confirm by 23/10 or be fined' – link to a fake TAXISnet login",
        "Sent by PHPMailer from a hacked Greek tourism website on shared cPanel hosting, display name 'ΑΑΔΕ - myDATA'; link to www1.aade.gr-mydata-elegxos.com (not aade.gr); harvests TAXISnet credentials; fine threat under the Tax Procedure Code.")
def a32():
    t = utc(2026, 10, 20, 10, 22, 47, "GR")
    ctx = Ctx("a32", t, S["georgiou"]["addr"])
    snd = "info@villa-thalassa-chalkidiki.gr"
    r = infra.phpmailer_cpanel(ctx, snd, "gr-shared12.webhellas-cloud.net", "185.138.42.19", "5.181.157.240",
                               "villa-thalassa-chalkidiki.gr", zone="GR")
    url = "https://www1.aade.gr-mydata-elegxos.com/taxisnet/login?afm=%s&q=%s" % (TAX["eg_gr"], ctx.hex(12))
    text = """ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Ηλεκτρονικά Βιβλία (myDATA)

Αγαπητέ/ή χρήστη,

από τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για το Γ' τρίμηνο 2026 από την επιχείρηση με ΑΦΜ %s εντοπίστηκαν αποκλίσεις μεταξύ των χαρακτηρισμών εσόδων και των ποσών ΦΠΑ.

Για να αποφύγετε την επιβολή προστίμου σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας, παρακαλούμε να επιβεβαιώσετε ή να διορθώσετε τα στοιχεία έως τις 23/10/2026, συνδεόμενοι με τους κωδικούς TAXISnet:

%s

Με εκτίμηση,
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
ΑΑΔΕ
""" % (TAX["eg_gr"], url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial,sans-serif;color:#222;background:#eef2f6;margin:0">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#003476;color:#fff;padding:16px 24px;font-size:19px"><b>ΑΑΔΕ</b> &middot; Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br><span style="font-size:13px">Ηλεκτρονικά Βιβλία (myDATA)</span></td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:22px">
<p>Αγαπητέ/ή χρήστη,</p>
<p>από τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για το Γ' τρίμηνο 2026 από την επιχείρηση με ΑΦΜ <b>%s</b> εντοπίστηκαν <b>αποκλίσεις</b> μεταξύ των χαρακτηρισμών εσόδων και των ποσών ΦΠΑ.</p>
<p>Για να αποφύγετε την επιβολή προστίμου σύμφωνα με το άρθρο 54 του ΚΦΔ, παρακαλούμε να επιβεβαιώσετε ή να διορθώσετε τα στοιχεία <b>έως τις 23/10/2026</b>.</p>
<p style="text-align:center"><a href="%s" style="background:#003476;color:#fff;padding:12px 26px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>
<p>Με εκτίμηση,<br>Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης<br>ΑΑΔΕ</p></td></tr></table></body></html>
""" % (TAX["eg_gr"], esc(url))
    body = ALT(r, T(text, "iso-8859-7", "quoted-printable"), H(html, "iso-8859-7", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("ΑΑΔΕ - myDATA", snd, "iso-8859-7", "B"), "To": S["georgiou"]["addr"],
        "Subject": subj("myDATA: Αποκλίσεις στα διαβιβασθέντα παραστατικά - Απαιτείται επιβεβαίωση έως 23/10", "iso-8859-7", "B"),
    }, body)


@attack("el", "acs-courier-telh-paradosis",
        "Courier phishing impersonating ACS Courier: shipment on hold, pay €1.85 customs/handling fee – link to card-payment page",
        "Bulk ESP (Brevo) from acs-courier-gr.com (real: acscourier.net), generic tracking number, small fee to harvest card data.")
def a33():
    t = utc(2026, 11, 12, 13, 5, 20, "GR")
    ctx = Ctx("a33", t, S["papadopoulos"]["addr"])
    snd = "enimerosi@acs-courier-gr.com"
    r = infra.brevo(ctx, snd)
    url = "https://acs-gr.paradosi-dematos.com/pliromi?awb=7402884119&s=" + ctx.hex(10)
    text = """ACS Courier

Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7402 8841 19 βρίσκεται σε αναμονή στο κατάστημα διαλογής Θεσσαλονίκης, διότι εκκρεμεί η πληρωμή τελών διεκπεραίωσης ύψους 1,85 €.

Για να προγραμματιστεί η παράδοση, ολοκληρώστε την πληρωμή εντός 48 ωρών:
%s

Μετά την παρέλευση της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.

ACS Courier - Εξυπηρέτηση Πελατών
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="font-family:Arial,sans-serif;margin:0;background:#f3f3f3"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#e30613;color:#fff;padding:16px 24px;font-size:24px;font-weight:bold">ACS <span style="font-weight:normal;font-size:15px">Courier</span></td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:22px;color:#333">
<p>Αγαπητέ πελάτη,</p>
<p>η αποστολή σας με αριθμό <b>7402 8841 19</b> βρίσκεται σε αναμονή στο κατάστημα διαλογής Θεσσαλονίκης, διότι εκκρεμεί η πληρωμή τελών διεκπεραίωσης ύψους <b>1,85 €</b>.</p>
<p style="text-align:center"><a href="%s" style="background:#e30613;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Πληρωμή 1,85 €</a></p>
<p>Μετά την παρέλευση 48 ωρών η αποστολή θα επιστραφεί στον αποστολέα.</p>
<p style="font-size:12px;color:#777">ACS Courier &ndash; Εξυπηρέτηση Πελατών</p></td></tr></table></body></html>
""" % esc(url)
    body = ALT(r, T(text, "windows-1253", "quoted-printable"), H(html, "windows-1253", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("ACS Courier", snd), "To": S["papadopoulos"]["addr"],
        "Subject": subj("Η αποστολή σας 7402 8841 19 είναι σε αναμονή - εκκρεμεί πληρωμή 1,85 €", "windows-1253", "B"),
        "List-Unsubscribe": "<https://r.sender-sib.com/tr/un/%s>" % ctx.alnum(60, infra.B62 + "_-"),
    }, body)


@attack("el", "efet-praktiko-elegxou-zip",
        "Malware delivery impersonating EFET (Hellenic Food Authority): 'inspection report on cold-chain temperature records, reply within 5 days' with a ZIP containing a .pdf.lnk shortcut",
        "Regulator impersonation tailored to a cold store; sender domain efet-elegxoi.gr (real: efet.gr) on a VPS with Roundcube; official reports are not delivered as ZIP archives; the archive holds a double-extension shortcut (.pdf.lnk, placeholder).")
def a34():
    t = utc(2026, 11, 30, 9, 40, 1, "GR")
    ctx = Ctx("a34", t, S["papadopoulos"]["addr"])
    snd = "d.elegxon@efet-elegxoi.gr"
    r = infra.vps_direct(ctx, snd, "mail.efet-elegxoi.gr", "vps-2b7e41d9.vps.ovh.net", "141.94.197.63", mua="roundcube", zone="GR")
    text = """Προς: Example Group Hellas Μ.Ι.Κ.Ε., ΒΙ.ΠΕ. Σίνδου

Θέμα: Πρακτικό αυτοψίας ψυχρής αλυσίδας - Αρ. Πρωτ. 18472/26

Σε συνέχεια του ελέγχου που διενεργήθηκε στις εγκαταστάσεις σας στις 24/11/2026 από κλιμάκιο της Περιφερειακής Διεύθυνσης ΕΦΕΤ Κεντρικής Μακεδονίας, εντοπίστηκαν αποκλίσεις στις καταγραφές θερμοκρασίας των θαλάμων κατάψυξης 2 και 3.

Σας αποστέλλουμε συνημμένα το πρακτικό αυτοψίας. Παρακαλούμε να υποβάλετε τις απόψεις σας και τα αρχεία θερμοκρασίας του Νοεμβρίου εντός πέντε (5) εργάσιμων ημερών. Σε αντίθετη περίπτωση θα εξεταστεί η επιβολή διοικητικών κυρώσεων.

Με εκτίμηση,
Δ/νση Ελέγχων
Ενιαίος Φορέας Ελέγχου Τροφίμων (ΕΦΕΤ)
Περιφερειακή Διεύθυνση Κεντρικής Μακεδονίας
"""
    zdata = zipc.make_zip([("Πρακτικό_Αυτοψίας_18472-26.pdf.lnk", b"placeholder - inert evaluation sample, not a shortcut\n",
                            (2026, 11, 30, 9, 31, 40))], seed="a34")
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n" + paras_html(text) + "\n</body></html>"
    body = MIXED(r, ALT(r, T(text, "UTF-8", "base64", fmt="flowed"), H(html, "UTF-8", "base64")),
                 ATT(zdata, "application/zip", "Praktiko_Autopsias_18472-26.zip"))
    return build(ctx, r, {
        "From": addr("ΕΦΕΤ - Διεύθυνση Ελέγχων", snd, "UTF-8", "B"), "To": S["papadopoulos"]["addr"],
        "Subject": subj("Πρακτικό αυτοψίας ψυχρής αλυσίδας - Αρ. Πρωτ. 18472/26", "UTF-8", "B"),
    }, body)


@attack("el", "ceo-fraud-lookalike-exarnple",
        "BEC impersonating the Greek office manager: 'Nikolaos Papadopoulos' from exarnple.com (rn instead of m) asks the accountant to pay a €23,800 deposit to a new supplier today, no phone calls",
        "Look-alike domain exarnple.com on an attacker Microsoft 365 tenant; new beneficiary, same-day urgency, 'don't call me, reply here with the proof of payment'. Hard negative: business/36 (genuine internal urgent payment to a known carrier).")
def a35():
    t = utc(2026, 12, 4, 15, 12, 33, "GR")
    ctx = Ctx("a35", t, S["georgiou"]["addr"])
    snd = "nikolaos.papadopoulos@exarnple.com"
    r = infra.m365(ctx, snd, "eur2", lang="el-GR", accept="el-GR, en-US", topic="Επείγον - πληρωμή προκαταβολής σήμερα")
    text = """Ελένη καλησπέρα,

χρειάζομαι να γίνει σήμερα μια πληρωμή προκαταβολής 23.800 € σε νέο προμηθευτή για τα ψυκτικά πάνελ του θαλάμου 2. Έχουμε κλείσει την τιμή μόνο αν πληρώσουμε σήμερα, αλλιώς χάνουμε την παραγωγή του Ιανουαρίου.

Στοιχεία:
Δικαιούχος: THERMOPANEL SOLUTIONS Μ.Ε.Π.Ε.
IBAN: %s (Πειραιώς)
Αιτιολογία: Προκαταβολή προσφ. 1184/26

Είμαι σε σύσκεψη με τους Γερμανούς όλο το απόγευμα, μη με πάρεις τηλέφωνο. Απάντησέ μου εδώ μόλις σταλεί, με το αποδεικτικό.

Ευχαριστώ,
Νίκος
""" % IB(BANK["mule_gr"])
    body = ALT(r, T(text, "windows-1253", "quoted-printable"), H(ohtml(text, "windows-1253", lang="EL"), "windows-1253", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Νικόλαος Παπαδόπουλος", snd, "windows-1253", "B"),
        "To": addr("Ελένη Γεωργίου", S["georgiou"]["addr"], "windows-1253", "B"),
        "Subject": subj("Επείγον - πληρωμή προκαταβολής σήμερα", "windows-1253", "B"),
    }, body)


@attack("el", "antoniou-otenet-paraviasmeno-onedrive",
        "Compromised consumer mailbox of a subcontracted carrier (g.antoniou@otenet.gr): Sunday-night mail 'October invoices via OneDrive because the files are large' – link to a fake OneDrive/Microsoft login on webflow.io",
        "Real address and OTE infrastructure, but sent through webmail from a foreign IP at 22:37 on a Sunday instead of his usual Outlook (business/33), generic wording, link to antoniou-metafores-docs.webflow.io (abused site builder) that asks for Microsoft credentials. Hard negative: business/33.")
def a36():
    t = utc(2026, 11, 15, 22, 37, 5, "GR")
    ctx = Ctx("a36", t, S["georgiou"]["addr"])
    snd = "g.antoniou@otenet.gr"
    n = 4
    r = infra.simple(ctx, snd, ("mailsrv0%d.otenet.gr" % n, "mailsrv0%d.otenet.gr" % n, "83.235.69.%d" % (50 + n), "1.2"),
                     [("Received", R("from webmail.otenet.gr (webmail-fe2.otenet.gr [10.20.%d.%d])" % (ctx.rng.randint(1, 250), ctx.rng.randint(1, 250)),
                                     "(Authenticated sender: g.antoniou@otenet.gr)",
                                     "by mailsrv0%d.otenet.gr (Postfix) with ESMTPA id %s" % (n, ctx.hex(10, True)),
                                     "for <%s>; %s" % (ctx.rcpt, rfcdate(ctx.at(1), "GR", comment=True))))],
                     {"MIME-Version": "1.0", "Date": rfcdate(ctx.t, "GR"),
                      "User-Agent": "Roundcube Webmail/1.5.6",
                      "Message-ID": "<%s@otenet.gr>" % ctx.hex(32),
                      "X-Sender": snd, "X-Originating-IP": "[102.89.34.118]"},
                     infra.ORDER_ROUNDCUBE + ["X-Originating-IP"],
                     lambda *a: "=_" + ctx.hex(32))
    url = "https://antoniou-metafores-docs.webflow.io/onedrive/timologia-oktovriou?u=eleni.georgiou%40example.com"
    text = """Καλησπέρα σας,

σας έχω στείλει τα τιμολόγια Οκτωβρίου μέσω OneDrive επειδή τα αρχεία είναι μεγάλα για email.

Δείτε τα εδώ: %s

Θα χρειαστεί να συνδεθείτε με το email της εταιρείας σας για να ανοίξουν.

Ευχαριστώ
Γιώργος Αντωνίου
""" % url
    body = T(text, "UTF-8", "quoted-printable", fmt="flowed")
    return build(ctx, r, {
        "From": addr("Γιώργος Αντωνίου", snd, "UTF-8", "B"), "To": S["georgiou"]["addr"],
        "Subject": subj("Τιμολόγια Οκτωβρίου", "UTF-8", "B"),
    }, body)


# ======================================================================
# BUSINESS
# ======================================================================

@business("el", "galaktokomiki-paraggelia-apothikeusis",
          "Customer order from a Greek dairy (own Exchange): 18 pallets of yoghurt for chilled storage in week 42, delivery slots, lot numbers, temperature 2-4 °C",
          "Known customer domain and its own on-prem Exchange path, routine operational content, no links or payment requests.")
def b32():
    t = utc(2026, 10, 7, 11, 10, 24, "GR")
    ctx = Ctx("b32", t, S["papadopoulos"]["addr"])
    snd = "k.mavridis@galaktothessalias.gr"
    r = infra.exchange_onprem_external(ctx, snd, "GTH-EXCH01.galaktothessalias.local", "195.251.114.20", "mail.galaktothessalias.gr",
                                       "10.1.4.27", zone="GR", lang="el-GR", topic="Παραγγελία αποθήκευσης - εβδομάδα 42")
    text = """Καλημέρα κ. Παπαδόπουλε,

σας στέλνω την παραγγελία αποθήκευσης για την εβδομάδα 42:

- Γιαούρτι στραγγιστό 1 kg, 10 παλέτες, παρτίδα 26-279-Α
- Γιαούρτι 2% 200 g, 8 παλέτες, παρτίδα 26-280-Β
Σύνολο: 18 παλέτες, θερμοκρασία φύλαξης 2-4 °C

Άφιξη στη Σίνδο: Τρίτη 13/10, 06:30 (φορτηγό ΡΙΧ 4172, οδηγός κ. Ζαφειρίου).
Οι παραλαβές για τα σούπερ μάρκετ θα γίνονται από Τετάρτη 14/10, σύμφωνα με το συνημμένο πρόγραμμα που θα σας στείλει η κ. Τσολάκη.

Παρακαλώ επιβεβαιώστε μου τις θέσεις.

Με εκτίμηση,
Κωνσταντίνος Μαυρίδης
Υπεύθυνος Logistics
Γαλακτοκομική Θεσσαλίας Α.Ε.
Τηλ. 2410 628 410
"""
    body = ALT(r, T(text, "iso-8859-7", "quoted-printable"), H(ohtml(text, "iso-8859-7", lang="EL"), "iso-8859-7", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Μαυρίδης Κωνσταντίνος", snd, "iso-8859-7", "B"), "To": who("papadopoulos"),
        "Subject": subj("Παραγγελία αποθήκευσης - εβδομάδα 42 - 18 παλέτες γιαούρτι", "iso-8859-7", "B"),
    }, body)


@business("el", "antoniou-timologio-oktovriou",
          "Genuine monthly invoice from the subcontracted carrier Giorgos Antoniou (otenet.gr, Outlook 2016): services October, myDATA MARK, usual Piraeus IBAN, PDF attached",
          "Same address as the compromised-mailbox attack but sent with his usual Outlook over his home OTE line on a Monday morning, real PDF invoice attached (no links), IBAN unchanged.",
          hn=["antoniou-otenet-paraviasmeno-onedrive"])
def b33():
    t = utc(2026, 11, 2, 9, 25, 41, "GR")
    ctx = Ctx("b33", t, S["georgiou"]["addr"])
    snd = "g.antoniou@otenet.gr"
    r = infra.otenet(ctx, snd, "94.66.21.184")
    text = """Καλημέρα κα Γεωργίου,

σας στέλνω συνημμένο το τιμολόγιο παροχής υπηρεσιών 118/2026 για τις μεταφορές του Οκτωβρίου (14 δρομολόγια Σίνδος - Λάρισα και Σίνδος - Αθήνα).

Ποσό: 6.448,00 € πλέον ΦΠΑ, σύνολο 7.995,52 €
ΜΑΡΚ myDATA: 400001947261538
Πληρωμή στον γνωστό λογαριασμό Πειραιώς: %s

Ευχαριστώ πολύ,
Γιώργος Αντωνίου
Οδικές Μεταφορές
Καλοχώρι Θεσσαλονίκης
κιν. 6944 718 203
""" % IB(BANK["antoniou"])
    pdfb = invoice_pdf(
        ["ΑΝΤΩΝΙΟΥ ΓΕΩΡΓΙΟΣ – ΟΔΙΚΕΣ ΜΕΤΑΦΟΡΕΣ", "Καλοχώρι Θεσσαλονίκης · ΑΦΜ %s · ΔΟΥ Ιωνίας Θεσσαλονίκης · κιν. 6944 718 203" % TAX["antoniou"]],
        ["Example Group Hellas Μ.Ι.Κ.Ε.", "ΒΙ.ΠΕ. Σίνδου, Οδός 31", "57022 Σίνδος", "ΑΦΜ %s" % TAX["eg_gr"]],
        "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Α-118/2026",
        [("Ημερομηνία", "31/10/2026"), ("ΜΑΡΚ", "400001947261538"), ("Τρόπος πληρωμής", "Κατάθεση σε τράπεζα")],
        [("Περιγραφή", 56, "l"), ("Δρομολόγια", 400, "r"), ("Αξία €", 539, "r")],
        [("Μεταφορές ψυγείο Σίνδος – Λάρισα", "9", "3.240,00"), ("Μεταφορές ψυγείο Σίνδος – Αθήνα (Ασπρόπυργος)", "5", "3.208,00")],
        [("Καθαρή αξία", "6.448,00"), ("ΦΠΑ 24%", "1.547,52"), ("Σύνολο €", "7.995,52")],
        ["Πληρωμή: Τράπεζα Πειραιώς, IBAN %s" % IB(BANK["antoniou"]),
         "Το παραστατικό έχει διαβιβαστεί στην πλατφόρμα myDATA της ΑΑΔΕ."],
        ["Εκδόθηκε μέσω εφαρμογής timologio της ΑΑΔΕ"],
        dict(title="Τιμολόγιο Α-118/2026", author="Antoniou", creator="myDATA timologio", producer="AADE timologio",
             date=(2026, 10, 31, 20, 14, 7), tz="+02'00'"))
    body = MIXED(r, ALT(r, T(text, "iso-8859-7", "quoted-printable"), H(ohtml(text, "iso-8859-7", lang="EL"), "iso-8859-7", "quoted-printable")),
                 ATT(pdfb, "application/pdf", "TPY_A-118_2026.pdf"))
    return build(ctx, r, {
        "From": addr("Γιώργος Αντωνίου", snd, "iso-8859-7", "B"), "To": addr("Ελένη Γεωργίου", S["georgiou"]["addr"], "iso-8859-7", "B"),
        "Subject": subj("Τιμολόγιο παροχής υπηρεσιών 118/2026 - Οκτώβριος", "iso-8859-7", "B"),
    }, body)


@business("el", "asthenia-apo-prosopiko-gmail",
          "The Greek accountant reports sick from her private Gmail: fever, doctor's certificate to follow; Friday's payments are prepared in e-banking awaiting the manager's approval",
          "Private address but only information; the payments mentioned are existing prepared ones needing normal approval - nothing new, no link or attachment.")
def b34():
    t = utc(2026, 12, 8, 7, 12, 55, "GR")
    ctx = Ctx("b34", t, S["papadopoulos"]["addr"])
    snd = "eleni.georgiou.thess@gmail.com"
    r = infra.gmail(ctx, snd, zone="GR")
    text = """Καλημέρα Νίκο,

ξύπνησα με πυρετό 38,7 και δεν θα μπορέσω να έρθω σήμερα και μάλλον ούτε αύριο. Θα πάω στον γιατρό το μεσημέρι και θα σου στείλω τη βεβαίωση.

Οι πληρωμές της Παρασκευής (Αντωνίου, ΔΕΗ, ενοίκιο) είναι έτοιμες στο e-banking και περιμένουν μόνο τη δική σου έγκριση.

Σου γράφω από το προσωπικό μου, το laptop είναι στο γραφείο.

Ελένη
"""
    html = '<div dir="ltr">' + paras_html(text).replace("\n", "") + "</div>\n"
    body = ALT(r, T(text, "UTF-8", "base64"), H(html, "UTF-8", "base64"))
    return build(ctx, r, {
        "From": addr("Eleni Georgiou", snd), "To": addr("Nikolaos Papadopoulos", S["papadopoulos"]["addr"]),
        "Subject": subj("Άδεια ασθενείας σήμερα", "UTF-8", "B"),
    }, body)


@business("el", "newsletter-syndesmos-psychris-alysidas",
          "Subscribed newsletter of a Greek cold-chain association (November bulletin: F-gas, ATP, digital delivery note) sent through SendGrid with List-Unsubscribe",
          "Consistent ESP and sender domain, unsubscribe headers, editorial content only.")
def b35():
    t = utc(2026, 11, 24, 12, 0, 14, "GR")
    ctx = Ctx("b35", t, S["papadopoulos"]["addr"])
    snd = "info@psychri-alysida.gr"
    r = infra.sendgrid(ctx, snd, "em7710.psychri-alysida.gr")

    def trk():
        return "https://u%d.ct.sendgrid.net/ls/click?upn=u001.%s" % (ctx.rng.randint(1000000, 9999999), ctx.alnum(80, infra.B62 + "-_"))
    arts = [("Νέος Κανονισμός F-gas: χρονοδιάγραμμα για τα ψυκτικά μέσα", "Τι αλλάζει για τις εγκαταστάσεις ψυχρής αποθήκευσης έως το 2030 και ποιες επιδοτήσεις είναι διαθέσιμες."),
            ("ATP: πιστοποίηση οχημάτων και νέα κέντρα ελέγχου", "Η λίστα των εξουσιοδοτημένων σταθμών και οι χρόνοι αναμονής για το 2027."),
            ("Ψηφιακό δελτίο αποστολής", "Οι υποχρεώσεις διαβίβασης στο myDATA για τις μεταφορές υπό ελεγχόμενη θερμοκρασία.")]
    text = "Ενημερωτικό Δελτίο Νοεμβρίου 2026\nΕλληνικός Σύνδεσμος Ψυχρής Αλυσίδας\n\n"
    html = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head><body style="background:#f0f4f8;margin:0">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
            '<tr><td style="background:#005b96;color:#fff;padding:18px 22px;font-size:20px">Ενημερωτικό Δελτίο Νοεμβρίου 2026<br><span style="font-size:13px">Ελληνικός Σύνδεσμος Ψυχρής Αλυσίδας</span></td></tr>']
    for h, p in arts:
        u = trk()
        text += "%s\n%s\nΠερισσότερα: %s\n\n" % (h, p, u)
        html.append('<tr><td style="padding:16px 22px 0 22px"><h3 style="color:#005b96;margin:0 0 6px 0">%s</h3><p style="font-size:14px;line-height:20px;color:#333">%s</p><a href="%s" style="color:#005b96">Περισσότερα &raquo;</a></td></tr>' % (esc(h), esc(p), esc(u)))
    unsub = "https://u%d.ct.sendgrid.net/asm/unsubscribe/?user_id=%d&data=%s" % (ctx.rng.randint(1000000, 9999999), ctx.rng.randint(10 ** 7, 10 ** 8), ctx.alnum(60, infra.B62 + "-_"))
    foot = "Λαμβάνετε αυτό το μήνυμα ως μέλος του Συνδέσμου.\nΔιαγραφή από τη λίστα: %s\nΕλληνικός Σύνδεσμος Ψυχρής Αλυσίδας, Λεωφ. Γεωργικής Σχολής 65, 57001 Θέρμη" % unsub
    text += foot
    html.append('<tr><td style="padding:24px 22px;font-size:11px;color:#888">%s</td></tr></table></body></html>' % esc(foot).replace("\n", "<br>"))
    body = ALT(r, T(text, "windows-1253", "quoted-printable"), H("\n".join(html), "windows-1253", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Σύνδεσμος Ψυχρής Αλυσίδας", snd, "windows-1253", "B"), "To": S["papadopoulos"]["addr"],
        "Subject": subj("Ενημερωτικό Δελτίο Νοεμβρίου: F-gas, ATP, ψηφιακό δελτίο αποστολής", "windows-1253", "B"),
        "List-Unsubscribe": "<%s>, <mailto:unsubscribe@psychri-alysida.gr?subject=unsubscribe>" % unsub,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }, body)


@business("el", "epeigousa-pliromi-antoniou-eswteriko",
          "The Greek office manager's genuine urgent payment instruction through the internal relay: pay carrier Antoniou's invoice 118/2026 today to the IBAN on file so Monday's loads are covered",
          "Internal Exchange path from the manager's own mailbox; known beneficiary and invoice (business/33), IBAN 'from the file', normal approval, invites a call.",
          hn=["ceo-fraud-lookalike-exarnple"])
def b36():
    t = utc(2026, 12, 10, 12, 30, 6, "GR")
    ctx = Ctx("b36", t, S["georgiou"]["addr"])
    snd = S["papadopoulos"]["addr"]
    r = infra.exchange_internal(ctx, snd, office_ip("papadopoulos", 15), lang="el-GR", accept="el-GR, en-US",
                                topic="Επείγον: πληρωμή Αντωνίου σήμερα")
    text = """Ελένη,

μπορείς να περάσεις σήμερα, αντί για την Παρασκευή, την πληρωμή του Αντωνίου (τιμολόγιο 118/2026, 7.995,52 €); Μου είπε ότι αν δεν πληρωθεί μέχρι την Παρασκευή δεν μπορεί να βάλει καύσιμα για τα φορτία της Δευτέρας προς Λάρισα.

IBAN από το αρχείο προμηθευτών, όχι από email. Την έγκριση στο e-banking την κάνω εγώ μόλις τη δω.

Αν υπάρχει θέμα, πάρε με τηλέφωνο, είμαι στο γραφείο μέχρι τις 5.

Νίκος

Nikolaos Papadopoulos
Office Manager - Example Group Hellas
Τηλ. +30 2310 797 410
"""
    body = ALT(r, T(text, "iso-8859-7", "base64"), H(ohtml(text, "iso-8859-7", lang="EL"), "iso-8859-7", "base64"))
    return build(ctx, r, {
        "From": who("papadopoulos"), "To": who("georgiou"),
        "Subject": subj("Επείγον: πληρωμή Αντωνίου σήμερα", "iso-8859-7", "B"),
    }, body)
