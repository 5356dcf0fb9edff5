"""attack/37-40 (Russian)."""
from lib import bodies, docs, ids, mime, shapes, systems, util, zipx
from lib.company import AZOV, P
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec


@reg('attack', '37-ru-diadok-akt-sverki')
def a37(m):
    m.what = 'Fake "Контур.Диадок" notice: a reconciliation statement (акт сверки) from customer ООО «Ветропарк Азовский» awaits signature, button to log in'
    m.why = 'EDI-platform credential phishing from a hacked Bitrix site (Exim + PHP mail); link to diadoc-kontur.ru.com instead of diadoc.kontur.ru; real Diadoc mails come from noreply@diadoc.ru'
    m.topic = 'edi-document'
    rcpt = P['irina'][1]
    t = local_to_utc('MSK', 2026, 10, 7, 10, 31, 18)
    link = 'https://diadoc-kontur.ru.com/Login/?ReturnUrl=%%2FDocument%%2FShow%%3FletterId%%3D%s' % util.guid(m.rng)
    m.url(link, 'phishing (fake Diadoc login)')
    text = """Контур.Диадок

Здравствуйте!

Вам поступил документ от контрагента ООО «Ветропарк Азовский» (ИНН %s):

Акт сверки взаимных расчётов за III квартал 2026 г.
Требуется подпись получателя.

Чтобы просмотреть и подписать документ, войдите в Диадок:
%s

Если документ не будет подписан в течение 5 рабочих дней, контрагент может считать его согласованным.

С уважением,
команда Контур.Диадок
Это письмо отправлено автоматически, отвечать на него не нужно.""" % (AZOV['inn'], link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f0f0f0">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px;border-bottom:3px solid #f34d19;font-size:20px"><b style="color:#f34d19">Контур</b>.Диадок</td></tr>
<tr><td style="padding:20px 24px;line-height:21px">
<p>Здравствуйте!</p>
<p>Вам поступил документ от контрагента <b>ООО «Ветропарк Азовский»</b> (ИНН %s):</p>
<p style="background:#f6f6f6;padding:10px">Акт сверки взаимных расчётов за III квартал 2026 г.<br><span style="color:#888">Требуется подпись получателя</span></p>
<p><a href="%s" style="background:#1b7dcb;color:#fff;padding:10px 22px;text-decoration:none;display:inline-block">Перейти к документу</a></p>
<p style="font-size:12px;color:#777">Если документ не будет подписан в течение 5 рабочих дней, контрагент может считать его согласованным.</p>
<p>С уважением,<br>команда Контур.Диадок</p></td></tr></table></td></tr></table></body></html>
""" % (AZOV['inn'], util.html_escape(link))
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')], docs.b_phpmailer(m))
    m.set_body(root)
    site = 'stroymarket-shakhty.ru'
    F = dict(from_=addr('Контур.Диадок', 'info@%s' % site, 'utf-8', 'B'), from_addr='info@%s' % site, to=rcpt, date=t, zone='MSK',
             subject=ew('Вам поступил документ от ООО «Ветропарк Азовский»', 'utf-8', 'B'), msgid='<%s@%s>' % (m.hex(32), site))
    m.assemble(shapes.cpanel_phpmailer(m, t, rcpt, F, 'vh318.hosting-srv.ru', '198.51.100.118', site, 'stroymarket',
                                       xmailer='Bitrix Site Manager'))


@reg('attack', '38-ru-fns-trebovanie-arhiv-parol')
def a38(m):
    m.what = '"ИФНС" demand to provide documents (требование № 16-19/4811) within 5 days; the demand is in a password-protected ZIP (password 4811) that contains a .pdf.scr file'
    m.why = 'Malware lure: tax office writing from mail.ru, encrypted archive with the password in the text, executable screensaver disguised as PDF; real tax demands arrive through the EDI operator (ТКС), not by e-mail'
    m.topic = 'tax-authority'
    rcpt = P['irina'][1]
    t = local_to_utc('MSK', 2026, 11, 16, 9, 12, 2)
    m.passwords = ['4811']
    m.fact('ID', '4811', 'ZIP password')
    scr = docs.inert('Windows screensaver executable (.scr) disguised as PDF inside an encrypted ZIP',
                     'would install a remote-access trojan and steal 1C / banking client credentials')
    z = zipx.make_zip_encrypted([('Требование_№16-19-4811_от_13.11.2026.pdf.scr', scr, (2026, 11, 16, 8, 40, 12))], '4811', m.rng)
    text = """Межрайонная ИФНС России № 26 по Ростовской области

Требование о представлении документов (информации) № 16-19/4811 от 13.11.2026

Уважаемый налогоплательщик!

В соответствии со статьёй 93.1 Налогового кодекса Российской Федерации ООО «Экзампл Груп Рус» (ИНН 6164128730) необходимо в течение 5 (пяти) рабочих дней со дня получения настоящего требования представить документы (информацию) по взаимоотношениям с контрагентами за 3 квартал 2026 года.

Требование и перечень документов направлены во вложении. В целях защиты персональных данных архив защищён паролем: 4811

Непредставление документов в установленный срок влечёт ответственность, предусмотренную статьёй 126 НК РФ.

Начальник отдела камеральных проверок № 2
советник государственной гражданской службы РФ 2 класса
Е. В. Гордеева"""
    body = mime.text(text, 'plain', 'utf-8', 'base64')
    att = mime.attachment(z, 'application/zip', 'Требование_16-19-4811.zip', style='gmail', name_charset='utf-8')
    root = mime.multipart('mixed', [body, att], docs.b_mailru(m))
    m.set_body(root)
    frm = 'mifns26.otdel2@mail.ru'
    F = dict(from_=addr('Межрайонная ИФНС России № 26 по Ростовской области', frm, 'UTF-8', 'B'), from_addr=frm, to=rcpt, date=t, zone='MSK',
             subject=ew('Требование о представлении документов № 16-19/4811', 'UTF-8', 'B'),
             msgid='<%d.%d@f%d.i.mail.ru>' % (util.unix(t), m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(100, 800)))
    m.assemble(shapes.mailru(m, t, rcpt, F, '192.0.2.173'))


@reg('attack', '39-ru-pochtovyj-yashchik-perepolnen')
def a39(m):
    m.what = '"Администратор почтового сервера examplegroup.eu": mailbox 98 % full, incoming mail will be rejected, "log in to web mail to increase the quota"'
    m.why = 'Webmail credential phishing with a fake OWA login (mail.examplegroup.eu.owa-quota.ru); sent from a throw-away VPS domain, old-style koi8-r HTML; internal IT never sends quota mails from outside'
    m.topic = 'mailbox-admin'
    rcpt = P['olga'][1]
    t = local_to_utc('MSK', 2026, 12, 1, 8, 55, 46)
    link = 'https://mail.examplegroup.eu.owa-quota.ru/owa/auth/logon.aspx?replaceCurrent=1&url=%2fowa%2f&user=' + rcpt
    m.url(link, 'fake OWA login')
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
<table width="560" cellpadding="10" style="border:1px solid #c8c8c8"><tr><td style="background:#0072c6;color:#fff;font-size:16px">Outlook Web App &mdash; уведомление системы</td></tr>
<tr><td>
<p>Уважаемый пользователь <b>%s</b>,</p>
<p>Ваш почтовый ящик заполнен на <b style="color:#c00">98%%</b> (1,96 ГБ из 2 ГБ).</p>
<p>С <b>02.12.2026</b> входящие сообщения будут отклоняться сервером, а отправка писем станет невозможной.</p>
<p>Чтобы увеличить квоту до 10 ГБ бесплатно, войдите в веб-почту и подтвердите учётную запись:</p>
<p><a href="%s" style="background:#0072c6;color:#fff;padding:8px 18px;text-decoration:none">Увеличить квоту</a></p>
<p style="color:#666;font-size:11px">Администратор почтового сервера examplegroup.eu<br>Это автоматическое сообщение, не отвечайте на него.</p>
</td></tr></table></body></html>
""" % (rcpt, util.html_escape(link))
    root = mime.text(html, 'html', 'koi8-r', '8bit', charset_label='koi8-r')
    m.set_body(root)
    frm = 'postmaster@mailadmin-service.ru'
    F = dict(from_=addr('Администратор почтового сервера', frm, 'koi8-r', 'B'), from_addr=frm, to=rcpt, date=t, zone='MSK',
             subject=ew('Ваш почтовый ящик переполнен (98%)', 'koi8-r', 'B'), msgid='<%s@mailadmin-service.ru>' % m.hex(24))
    msg = shapes._std_msg(F, ['Date', 'From', 'To', 'Subject', 'Message-ID', 'MIME-Version', '__CT__', 'X-Mailer'], mime_version='1.0',
                          x_mailer='The Bat! (v10.4.0.2) Professional')
    h = shapes.postfix_server(m, t, rcpt, F, 'mail.mailadmin-service.ru', '198.51.100.219', client=None, dkim=None,
                              dmarc=('none', 'none', 'none', 'mailadmin-service.ru'), ua_msg=msg, spf='pass', tls_in=TLS12_())
    m.assemble(h)


def TLS12_():
    from lib.systems import TLS12
    return TLS12


@reg('attack', '40-ru-lzhedirektor-telegram')
def a40(m):
    m.what = '"Андрей Волков" (country manager) writes from a yandex.ru address: a Central-Bank "inspector" will call about a 115-FZ check, "follow his instructions, tell nobody, contact me only on Telegram"'
    m.why = 'Fake-boss scheme (ФСБ/ЦБ "curator" call follows, goal: transfers or 1C access); free-mail address with the director\'s name, secrecy, move to Telegram; the real director writes from examplegroup.eu via Exchange'
    m.topic = 'ceo-payment'
    rcpt = P['irina'][1]
    t = local_to_utc('MSK', 2026, 12, 11, 17, 52, 12)
    m.fact('ID', '@andrey_volkov_eg', 'Telegram handle')
    text = """Ирина, добрый день.

Сегодня до конца дня с вами свяжется сотрудник Центрального банка, Сергей Викторович, по поводу проверки нашей компании по 115-ФЗ (есть вопросы по операциям на счетах за ноябрь). Это согласовано со мной и с Husum.

Прошу вас оказать полное содействие и выполнить его указания. Информация строго конфиденциальная, никому не сообщайте, в том числе коллегам в офисе.

Я сейчас на совещании, по почте отвечать не смогу. На связи только в Telegram: @andrey_volkov_eg

Спасибо.
А. Волков"""
    html = '<div>' + '</div><div>&nbsp;</div><div>'.join(util.html_escape(p).replace('\n', '<br />') for p in text.split('\n\n')) + '</div>'
    b = '----==--bound.%d.%s.yp-c.yandex.net' % (m.rng.randrange(10 ** 5, 10 ** 6), m.rng.choice(['vla5-3a1b2c4d5e6f', 'sas2-9f8e7d6c5b4a']))
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')], b)
    m.set_body(root)
    frm = 'volkov.andrey.eg@yandex.ru'
    F = dict(from_=addr('Андрей Волков', frm, 'utf-8', 'B'), from_addr=frm, to=addr('Ирина Смирнова', rcpt, 'utf-8', 'B'), date=t, zone='MSK',
             subject=ew('Срочно. Конфиденциально', 'utf-8', 'B'), msgid='<%d%d@mail.yandex.ru>' % (m.rng.randrange(10 ** 8, 10 ** 9), util.unix(t)))
    m.assemble(shapes.yandex(m, t, rcpt, F, '192.0.2.37'))
