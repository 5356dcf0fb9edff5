"""attack/ 32-36 (Greek)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2


def a32():
    m = Msg("attack", 32, "el", "mydata-aade-prostimo-phishing", utc(2026, 11, 9, 9, 41, 13))
    k = T.Exim(m, "ktimaloukas.gr", "lh18.dnsgr.net", "203.0.113.148", client="phpmailer", lang="el-gr")
    giorgos = S("giorgos")
    url = "https://mydata-aade.gov-gr.info/taxisnet/login?afm=041338574&ref=MD-2026-77120"
    plain = p(
        "ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ",
        "myDATA – Ηλεκτρονικά Βιβλία",
        "",
        "Αξιότιμε/η επιτηδευματία,",
        "",
        "Από τον αυτοματοποιημένο έλεγχο διασταύρωσης της πλατφόρμας myDATA προέκυψαν 14 παραστατικά εσόδων της επιχείρησης EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. (ΑΦΜ 041338574) για την περίοδο Σεπτεμβρίου–Οκτωβρίου 2026 που δεν έχουν διαβιβαστεί ή έχουν διαβιβαστεί με ασυμφωνίες.",
        "",
        "Σύμφωνα με το άρθρο 54 του ΚΦΔ (ν. 5193/2025), η μη διαβίβαση επισύρει πρόστιμο 250 ευρώ ανά παραστατικό. Για να αποφύγετε την επιβολή προστίμου, παρακαλούμε να συνδεθείτε με τους κωδικούς Taxisnet και να επιβεβαιώσετε τα παραστατικά εντός 72 ωρών:",
        url,
        "",
        "Με εκτίμηση,",
        "Διεύθυνση Ηλεκτρονικής Διακυβέρνησης",
        "Α.Α.Δ.Ε.",
        "",
        "Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.")
    html = ('<html><head><meta charset="UTF-8"></head><body style="margin:0;background:#eef2f7;font-family:Arial,sans-serif">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:#003476;color:#fff;padding:18px 26px;font-size:16px;font-weight:bold">ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ<br><span style="font-size:13px;font-weight:normal">myDATA – Ηλεκτρονικά Βιβλία</span></td></tr>'
            '<tr><td style="padding:22px 26px;font-size:14px;line-height:21px;color:#222">Αξιότιμε/η επιτηδευματία,<br><br>Από τον αυτοματοποιημένο έλεγχο διασταύρωσης της πλατφόρμας myDATA προέκυψαν <b>14 παραστατικά εσόδων</b> της επιχείρησης EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. (ΑΦΜ 041338574) για την περίοδο Σεπτεμβρίου–Οκτωβρίου 2026 που δεν έχουν διαβιβαστεί ή έχουν διαβιβαστεί με ασυμφωνίες.<br><br>'
            'Σύμφωνα με το άρθρο 54 του ΚΦΔ (ν. 5193/2025), η μη διαβίβαση επισύρει πρόστιμο 250 ευρώ ανά παραστατικό. Για να αποφύγετε την επιβολή προστίμου, παρακαλούμε να συνδεθείτε με τους κωδικούς Taxisnet και να επιβεβαιώσετε τα παραστατικά εντός 72 ωρών.</td></tr>'
            '<tr><td style="padding:0 26px 24px 26px"><a href="' + url.replace("&", "&amp;") + '" style="background:#003476;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Σύνδεση με κωδικούς Taxisnet</a></td></tr>'
            '<tr><td style="padding:14px 26px;font-size:11px;color:#888;border-top:1px solid #e2e2e2">Διεύθυνση Ηλεκτρονικής Διακυβέρνησης – Α.Α.Δ.Ε.<br>Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.</td></tr>'
            '</table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "base64"), mime.text(html, "UTF-8", "base64", "html")], m.bnd())
    f = Fields(("ΑΑΔΕ myDATA", "noreply@ktimaloukas.gr"), [giorgos], "Εκκρεμής διαβίβαση παραστατικών myDATA – Πιθανό πρόστιμο (ΑΦΜ 041338574)")
    k.finish(f, php="/wp-content/plugins/contact-form-7/includes", zone="EET", cpuser="ktimalou", dmarc=("none", None), env_from="ktimalou@lh18.dnsgr.net")
    m.fact("URL", url, "credential-phishing page imitating the Taxisnet login")
    m.info = dict(
        what="'AADE / myDATA' claims 14 income documents were not transmitted; 250 EUR fine each unless the accountant logs in with Taxisnet credentials within 72 h.",
        why="Credential phishing against the Greek tax portal: sent by a PHP script of a compromised winery website on cPanel hosting (X-PHP path in wp-content/plugins), display name only, deceptive host mydata-aade.gov-gr.info; AADE's real information mail (business/32) contains no login link.")
    return m


def a33():
    m = Msg("attack", 33, "el", "google-drive-koinopoiisi-parabiasmenos", utc(2026, 11, 14, 18, 22, 41))
    m.sent = m.t - secs(2)
    k = P.GoogleNotify(m, "drive")
    eleni = S("eleni")
    fid = "1Qz7" + m.rng.alnum(29, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    url = "https://drive.google.com/file/d/%s/view?usp=sharing_eil_se_dm&ts=%s" % (fid, m.rng.hex(8))
    logo = "https://www.gstatic.com/images/branding/product/2x/drive_2020q4_48dp.png"
    help_ = "https://support.google.com/drive/?p=share_file"
    note = "Καλησπέρα σας, σας στέλνουμε την υπογεγραμμένη εντολή καταστροφής για τους φακέλους 2016-2018. Παρακαλούμε ανοίξτε το αρχείο και επιβεβαιώστε με τα στοιχεία του εταιρικού σας λογαριασμού ώστε να προχωρήσει η διαδικασία."
    plain = p(
        "Η Κατερίνα Νικολαΐδου κοινοποίησε ένα αρχείο",
        "",
        "Η Κατερίνα Νικολαΐδου (k.nikolaidou@nikolaidis-law.gr) σάς προσκάλεσε να δείτε το παρακάτω αρχείο:",
        "",
        note,
        "",
        "Εντολή καταστροφής φακέλων 2016-2018.pdf",
        url,
        "",
        "Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου επειδή η Κατερίνα Νικολαΐδου κοινοποίησε ένα αρχείο μαζί σας από το Google Drive.",
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
        "Βοήθεια: " + help_)
    html = ('<html lang="el"><head><meta charset="utf-8"></head><body style="margin:0;padding:0;background:#ffffff">'
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Google Sans,Roboto,Arial,sans-serif"><tr><td align="center" style="padding:24px">'
            '<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px"><tr><td style="padding:24px 24px 8px 24px"><img src="' + logo + '" width="40" height="40" alt="Google Drive"></td></tr>'
            '<tr><td style="padding:8px 24px;font-size:22px;color:#202124">Η Κατερίνα Νικολαΐδου κοινοποίησε ένα αρχείο</td></tr>'
            '<tr><td style="padding:4px 24px 12px 24px;font-size:14px;color:#3c4043">Η Κατερίνα Νικολαΐδου (k.nikolaidou@nikolaidis-law.gr) σάς προσκάλεσε να δείτε το παρακάτω αρχείο:</td></tr>'
            '<tr><td style="padding:8px 24px;font-size:14px;color:#3c4043;background:#f1f3f4;border-radius:8px">' + mime.esc(note) + '</td></tr>'
            '<tr><td style="padding:16px 24px"><a href="' + url.replace("&", "&amp;") + '" style="display:inline-block;border:1px solid #dadce0;border-radius:16px;padding:8px 14px;color:#3c4043;text-decoration:none">&#128196; Εντολή καταστροφής φακέλων 2016-2018.pdf</a></td></tr>'
            '<tr><td style="padding:8px 24px 24px 24px"><a href="' + url.replace("&", "&amp;") + '" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px">Άνοιγμα</a></td></tr></table>'
            '<p style="font-size:12px;color:#5f6368;width:520px">Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου επειδή η Κατερίνα Νικολαΐδου κοινοποίησε ένα αρχείο μαζί σας από το Google Drive. <a href="' + help_ + '">Βοήθεια</a><br>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>'
            '</td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "quoted-printable"), mime.text(html, "UTF-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Κατερίνα Νικολαΐδου (μέσω Google Drive)", "drive-shares-dm-noreply@google.com"), [eleni],
               "Αρχείο κοινοποιήθηκε μαζί σας: \"Εντολή καταστροφής φακέλων 2016-2018.pdf\"",
               reply_to=[("Κατερίνα Νικολαΐδου", "k.nikolaidou@nikolaidis-law.gr")])
    k.finish(f)
    m.fact("URL", url, "Google Drive file in the compromised account; the PDF shows a 'view document' button to a Microsoft 365 phishing page")
    m.fact("URL", logo, "Google Drive logo image")
    m.fact("URL", help_, "Google help")
    m.info = dict(
        what="Genuine Google Drive sharing notification from the law-firm customer: a signed destruction order for the 2016-2018 files, 'confirm with your company account'.",
        why="Document-share lure from the customer's compromised Google Workspace account: Google sends it (all checks pass, link on drive.google.com), but the shared PDF leads to a credential-phishing page; sent Saturday evening and asking to 'confirm with company credentials', which a destruction order never requires.")
    return m


def a34():
    m = Msg("attack", 34, "el", "attica-cartons-lookalike-neo-iban", utc(2026, 12, 4, 10, 14, 22))
    k = T.Gmail(m, "atticacarton.gr", workspace=True)
    giorgos = S("giorgos")
    bg = "BG73UBBS80021058391746"
    plain = p(
        "Καλημέρα κ. Αντωνίου,",
        "",
        "σας αποστέλλουμε συνημμένα το τιμολόγιο ΤΠ Α-2026/1184 για την παράδοση αρχειοθετικών κουτιών του Νοεμβρίου.",
        "",
        "Σας ενημερώνουμε ότι λόγω αλλαγής της συνεργαζόμενης τράπεζας για τις εξαγωγές του ομίλου, οι πληρωμές προς την εταιρεία μας από 1/12 γίνονται αποκλειστικά στον λογαριασμό που αναγράφεται στο τιμολόγιο (UniCredit Bulbank). Ο παλιός λογαριασμός στην Eurobank θα κλείσει εντός του μήνα.",
        "",
        "Παρακαλούμε επιβεβαιώστε μας την ενημέρωση των στοιχείων σας με ένα σύντομο email.",
        "",
        "Με εκτίμηση,",
        "",
        "Νίκος Καραλής",
        "Τμήμα Πωλήσεων",
        "Χαρτοκιβώτια Αττικής Α.Ε.",
        "Λεωφόρος Βάρης-Κορωπίου 38, 194 00 Κορωπί",
        "Τηλ. 210 602 4418")
    inv = docs.invoice(
        m, "TP_A-2026-1184.pdf", seller="Χαρτοκιβώτια Αττικής Α.Ε.", logo_color=(120, 80, 30), logo_text="ATTICA CARTONS",
        seller_lines=["Λεωφ. Βάρης-Κορωπίου 38, 194 00 Κορωπί", "ΑΦΜ 039976153 · ΔΟΥ Κορωπίου", "Τηλ. 210 602 4400"],
        buyer=["EXAMPLE GROUP HELLAS ΜΟΝΟΠΡ. Α.Ε.", "Λεωφόρος ΝΑΤΟ 102", "193 00 Ασπρόπυργος", "ΑΦΜ 041338574 · ΦΑΕ Πειραιά"],
        title_word="Τιμολόγιο Πώλησης", meta=[("Σειρά / Αριθμός", "Α / 2026/1184"), ("Ημερομηνία", "03/12/2026"), ("Τρόπος πληρωμής", "Επί πιστώσει 30 ημ."), ("ΜΑΡΚ", "400001934902231")],
        columns=("Α/Α", "Περιγραφή", "Ποσότητα", "Τιμή", "Αξία"),
        items=[("1", "Κουτί αρχειοθέτησης 40x32x27 εκ., διπλό χαρτόνι, λευκό", "1.200", "1,85", "2.220,00"),
               ("2", "Σάκος ασφαλείας 120 lt με αριθμημένη σφραγίδα", "600", "0,62", "372,00")],
        totals=[("Καθαρή αξία", "2.592,00 €", False), ("ΦΠΑ 24%", "622,08 €", False), ("Πληρωτέο", "3.214,08 €", True)],
        pay_lines=["Τραπεζικός λογαριασμός (από 01/12/2026):", "UniCredit Bulbank AD", "IBAN " + iban_f(bg), "BIC UNCRBGSF"],
        footer=["Χαρτοκιβώτια Αττικής Α.Ε. · ΓΕΜΗ 045118301000 · www.atticacartons.gr"],
        title="Τιμολόγιο Α-2026/1184", author="Attica Cartons", creator="SoftOne ERP", producer="SoftOne Reports", lang="el", zone="EET")
    m.root = mime.multi("mixed", [gm_alt(m, plain), inv], m.bnd("mixed"))
    f = Fields(("Νίκος Καραλής", "n.karalis@atticacarton.gr"), [giorgos], "Τιμολόγιο Α-2026/1184 – Νέα τραπεζικά στοιχεία")
    k.finish(f, zone="EET")
    m.fact("IBAN", bg, "Bulgarian account presented as the supplier's new account (fraud)")
    m.fact("Phone", "210 602 4418", "signature")
    m.fact("Phone", "210 602 4400", "invoice header")
    m.info = dict(
        what="'Archive-box supplier' sends the November invoice and announces that payments now go to a Bulgarian UniCredit Bulbank account; asks for confirmation by e-mail.",
        why="Supplier impersonation from the look-alike atticacarton.gr (real: atticacartons.gr) on Google Workspace (authenticates for the fake domain): foreign IBAN, 'old account closing', confirmation by e-mail only. The real supplier invoice (business/34) comes from atticacartons.gr via its cPanel host with the Eurobank account.")
    return m


def a35():
    m = Msg("attack", 35, "el", "owa-xoritikotita-sch-gr", utc(2026, 10, 28, 7, 55, 36))
    k = T.PostfixOrg(m, "sch.gr", "mx-out2.sch.gr", "194.63.237.36", client="roundcube", dkim_sel="sch2024", canon="relaxed/relaxed")
    eleni = S("eleni")
    url = "https://owa-examplegroup.web.app/owa/auth/logon.aspx?realm=example.com&u=eleni.papadopoulou"
    plain = p(
        "Αγαπητέ/ή χρήστη,",
        "",
        "Το γραμματοκιβώτιό σας eleni.papadopoulou@example.com έχει φτάσει το 98% του διαθέσιμου χώρου (49,1 GB / 50 GB).",
        "Νέα μηνύματα θα απορρίπτονται από τις 23:59 σήμερα.",
        "",
        "Για να αυξήσετε δωρεάν τον χώρο αποθήκευσης, επαληθεύστε τον λογαριασμό σας στο Outlook Web App:",
        url,
        "",
        "Your mailbox is almost full. Please verify your account to avoid losing incoming messages.",
        "",
        "Υπηρεσία Υποστήριξης Email",
        "Microsoft Exchange Server")
    m.root = mime.text(plain, "UTF-8", "8bit", params=[("format", "flowed")])
    f = Fields(("Υποστήριξη Email - Outlook Web App", "k.papageorgiou@sch.gr"), [eleni], "Ειδοποίηση: Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες (98%)")
    k.finish(f, webmail_ip="41.216.188.77", zone="EET", dmarc=("pass", "none"))
    m.fact("URL", url, "fake Outlook Web App login on Firebase hosting")
    m.info = dict(
        what="'Email support / Outlook Web App': mailbox 98 % full, incoming mail will bounce tonight, verify the account to get more space.",
        why="Classic webmail-quota credential phishing from a hijacked Greek Schools Network (sch.gr) teacher account via Roundcube from an African IP; the company's mail runs on its own Exchange; link to a web.app page.")
    return m


def a36():
    m = Msg("attack", 36, "el", "klironomia-advance-fee", utc(2026, 11, 3, 21, 12, 9))
    k = T2.Yahoo(m, "yahoo.com")
    eleni = S("eleni")
    plain = p(
        "Αγαπητή κυρία Παπαδοπούλου,",
        "",
        "Ονομάζομαι Γεώργιος Παπαδόπουλος και είμαι δικηγόρος στη Λεμεσό. Σας γράφω εμπιστευτικά σχετικά με τον αείμνηστο πελάτη μου, Ανδρέα Παπαδόπουλο, επιχειρηματία ναυτιλιακών, ο οποίος απεβίωσε χωρίς διαθήκη σε τροχαίο τον Μάρτιο του 2024.",
        "",
        "Ο εκλιπών άφησε κατάθεση ύψους 4.850.000 ευρώ σε τράπεζα της Κύπρου. Η τράπεζα μού έχει δώσει προθεσμία να παρουσιάσω πλησιέστερο συγγενή, διαφορετικά τα χρήματα θα περιέλθουν στο κράτος. Επειδή έχετε το ίδιο επώνυμο και καταγωγή, σας προτείνω να σας παρουσιάσω ως δικαιούχο. Όλα τα νομικά έγγραφα θα ετοιμαστούν από το γραφείο μου, ώστε η διαδικασία να είναι απολύτως νόμιμη και χωρίς κίνδυνο.",
        "",
        "Το ποσό θα μοιραστεί 50% για εσάς, 40% για εμένα και 10% για έξοδα. Αν ενδιαφέρεστε, παρακαλώ απαντήστε στο προσωπικό μου email adv.g.papadopoulos@mail.com με το πλήρες όνομά σας, τη διεύθυνσή σας και ένα τηλέφωνο επικοινωνίας. Μπορείτε επίσης να με καλέσετε στο +357 96 718 204.",
        "",
        "Σας παρακαλώ να κρατήσετε το θέμα απόλυτα εμπιστευτικό.",
        "",
        "Με εκτίμηση,",
        "Γεώργιος Παπαδόπουλος",
        "Δικηγόρος – Λεμεσός")
    html = '<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + "".join(
        '<div dir="ltr">%s</div>' % (mime.esc(l) if l else "<br>") for l in plain.split("\n")) + "</div></body></html>\r\n"
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "quoted-printable"), mime.text(html, "UTF-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Δικηγορικό Γραφείο Γ. Παπαδόπουλος", "g.papadopoulos.lawoffice@yahoo.com"), [eleni], "Εμπιστευτική πρόταση – κληρονομιά Ανδρέα Παπαδόπουλου",
               reply_to=[("Γεώργιος Παπαδόπουλος", "adv.g.papadopoulos@mail.com")])
    k.finish(f, client_ip="105.112.38.20", zone="EET")
    m.fact("Phone", "+357 96 718 204", "Cypriot mobile of the 'lawyer'")
    m.fact("Other", "reply address adv.g.papadopoulos@mail.com", "")
    m.info = dict(
        what="'Cypriot lawyer' proposes to present the office manager, who shares the surname, as next of kin of a deceased client with 4.85 million EUR; asks for personal details.",
        why="Advance-fee (next-of-kin) fraud in Greek: free-mail sender with a different Reply-To, surname-matching pretext, huge sum, secrecy; later stages ask for 'legal fees'. Sent from Yahoo via a Nigerian IP.")
    return m


MESSAGES = [a32, a33, a34, a35, a36]
