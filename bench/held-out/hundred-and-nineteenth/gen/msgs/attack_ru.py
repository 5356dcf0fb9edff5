"""attack/37-40: Russian-language attacks."""
from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.registry import message

from ._common import S, W


@message('attack', '37-ru-fns-trebovanie-yandex-disk')
def a37(m):
    m.when('2026-11-24 11:15:38', 'MSK')
    m.frm = ('ФНС России', 'uvedomlenie@fns-rossii-lk.ru')
    m.to = [S['acc_ru']]
    m.subject = 'Требование о представлении пояснений № 18-27/4471 от 24.11.2026'
    m.hcs, m.hmode = 'windows-1251', 'B'
    m.msgid = '%s@fns-rossii-lk.ru' % U.hexs(m.rng, 24)
    link = 'https://disk.yandex.ru/d/Xk2mP9qLr7vT4w'
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #cfd6de;"><tr><td style="background:#0b4f8a;color:#fff;padding:12px 18px;font-size:16px;"><b>Федеральная налоговая служба</b></td></tr>
<tr><td style="padding:18px;line-height:21px;">
<p>Уважаемый налогоплательщик!</p>
<p>Инспекция ФНС России № 23 по г. Москве уведомляет, что в ходе камеральной налоговой проверки декларации по НДС за 3 квартал 2026 года выявлены расхождения между сведениями об операциях, отражёнными в книге продаж ООО «Экзампл Техника» (ИНН %s), и данными контрагентов.</p>
<p>В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение пяти рабочих дней представить пояснения или внести исправления в налоговую декларацию. Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ.</p>
<p>Требование и перечень расхождений доступны для загрузки:<br><a href="%s">%s</a><br>Пароль к архиву: <b>4471</b></p>
<p>С уважением,<br>ИФНС России № 23 по г. Москве</p></td></tr>
<tr><td style="padding:10px 18px;font-size:11px;color:#777;border-top:1px solid #e2e2e2;">Сообщение сформировано автоматически, отвечать на него не нужно.</td></tr></table>
</body></html>
""" % (W.RU_INN, link, link)
    m.body = B.html(html, charset='windows-1251', cte='base64')
    m.meta.update(
        what='"FNS Russia" demand for explanations about VAT discrepancies (Q3 2026) with the demand as a password-protected archive on Yandex Disk',
        why='Malware delivery under a tax-authority pretext: look-alike domain fns-rossii-lk.ru, archive on Yandex Disk with the password in the mail (AV evasion); real requirements arrive via the EDI operator (ТКС) with a receipt, not by e-mail links.',
        other=['№ 18-27/4471', 'Пароль к архиву: 4471'], delivery='Postfix on a rented VPS, link to Yandex Disk')
    return m.render(SY.generic, helo='mx.fns-rossii-lk.ru', ip='192.0.2.148', rdns='148.vds.timeweb.example',
                    dkim_d='fns-rossii-lk.ru', dkim_s='mail', date_zone='MSK',
                    inner=['Received: from localhost (localhost [127.0.0.1])\r\n\tby mx.fns-rossii-lk.ru (Postfix) with ESMTP id %QID%\r\n\tfor <dmitry.volkov@examplegroup.eu>; %DATE%'],
                    order=['date', 'from', 'to', 'subject', 'message-id', 'mime-version', '*MIME*'])


@message('attack', '38-ru-diadok-dokument-mailgun')
def a38(m):
    m.when('2026-11-27 16:52:04', 'MSK')
    m.frm = ('Контур.Диадок', 'noreply@diadok-kontur.ru')
    m.to = [S['acc_ru']]
    m.subject = 'Вам поступил документ на подпись от ООО «ТехноЛогистик»'
    r = m.rng
    m.msgid = '20261127135204.%s@mg.diadok-kontur.ru' % U.hexs(r, 16)
    link = 'https://diadok-kontur.ru/auth/login?ReturnUrl=%%2Fdocuments%%2F%s' % U.uuid4(r)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:'Segoe UI',Arial,sans-serif;color:#222;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:4px;">
<tr><td style="padding:18px 26px;font-size:20px;font-weight:bold;color:#2291ff;">Диадок <span style="color:#999;font-weight:normal;font-size:13px;">Контур</span></td></tr>
<tr><td style="padding:6px 26px 20px 26px;font-size:15px;line-height:23px;">
<p>Здравствуйте!</p>
<p>В ваш ящик в Диадоке поступил документ от контрагента <b>ООО «ТехноЛогистик»</b> (ИНН 7714385290):</p>
<p style="background:#f2f7ff;padding:12px 16px;border-radius:4px;">Универсальный передаточный документ № 1187 от 26.11.2026<br>Сумма: 412 860,00 ₽, в т.ч. НДС<br>Требуется подпись до 30.11.2026</p>
<p><a href="%s" style="background:#2291ff;color:#fff;text-decoration:none;padding:11px 24px;border-radius:3px;font-weight:bold;">Перейти к документу</a></p>
<p style="font-size:13px;color:#666;">Если документ не будет подписан в срок, контрагент получит уведомление об отказе.</p>
<p>С уважением,<br>команда Контур.Диадок</p></td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#999;border-top:1px solid #eee;">АО «ПФ «СКБ Контур» · Это письмо отправлено автоматически.</td></tr>
</table></td></tr></table></body></html>
""" % link
    plain = ('Здравствуйте!\n\nВ ваш ящик в Диадоке поступил документ от контрагента ООО «ТехноЛогистик» (ИНН 7714385290):\n'
             'УПД № 1187 от 26.11.2026, сумма 412 860,00 ₽. Требуется подпись до 30.11.2026.\n\nПерейти к документу: %s\n\nКоманда Контур.Диадок\n' % link)
    m.body = B.alt(B.text(plain, charset='utf-8', cte='base64'), B.html(html, charset='utf-8', cte='base64'), B.boundary(m, 'python'))
    m.meta.update(
        what='"Kontur.Diadok" notice of a UPD document for signature from an unknown counterparty (412,860 ₽)',
        why='EDI-portal credential phishing: look-alike diadok-kontur.ru (real: diadoc.kontur.ru) via Mailgun; link to a fake Kontur login; counterparty unknown to the Moscow office, signature deadline pressure.',
        other=['№ 1187', '412 860,00 ₽'], delivery='Mailgun (attacker account, look-alike domain)')
    return m.render(SY.mailgun, mg_domain='mg.diadok-kontur.ru', dkim_d='diadok-kontur.ru')


@message('attack', '39-ru-sberbiznes-sertifikat-mailru-koi8')
def a39(m):
    m.when('2026-11-16 10:03:17', 'MSK')
    m.frm = ('СберБизнес', 'sberbusiness.cert@mail.ru')
    m.to = [S['om_ru']]
    m.subject = 'СберБизнес: срок действия сертификата электронной подписи истекает 30.11.2026'
    m.hcs, m.hmode = 'koi8-r', 'B'
    r = m.rng
    m.msgid = '%s.%s@mail.ru' % ('%d' % (1760000000 + r.randrange(10 ** 7)), U.hexs(r, 8))
    txt = """Уважаемый клиент!

Срок действия сертификата ключа электронной подписи, используемого для входа в СберБизнес и подписания платёжных поручений, истекает 30.11.2026.

После окончания срока вы не сможете подписывать платежи, в том числе по заработной плате и налогам.

Для перевыпуска сертификата войдите в личный кабинет по ссылке и следуйте инструкциям:
https://sberbusiness-cert.ru/update?id=%s

Перевыпуск бесплатный и занимает 5 минут. Подготовьте логин, пароль и одноразовый код из СМС.

С уважением,
СберБизнес
ПАО Сбербанк
""" % W.RU_INN
    m.body = B.text(txt, charset='koi8-r', cte='8bit')
    m.meta.update(
        what='"SberBusiness" warns that the e-signature certificate expires on 30.11 and links to a re-issue page',
        why='Banking phishing from a free mail.ru address with Sber branding, sent with The Bat! in KOI8-R; link to sberbusiness-cert.ru collecting login, password and SMS code; Sber re-issues certificates inside SberBusiness itself.',
        delivery='Mail.ru (freemail, SMTP submission with The Bat!)')
    return m.render(SY.generic, helo='smtp45.i.mail.ru', ip='95.163.41.83', dkim_d='mail.ru', dkim_s='mail4', date_zone='MSK',
                    inner=['Received: by smtp45.i.mail.ru with esmtpa (envelope-from <sberbusiness.cert@mail.ru>)\r\n\tid 1v%s-00000006Ab2-3kQp\r\n\tfor anna.smirnova@examplegroup.eu; %%DATE%%' % U.alnum(r, 4)],
                    order=['date', 'from', 'message-id', 'to', 'subject', 'mime-version', '*MIME*'],
                    xmailer='The Bat! (v11.2.3) Professional',
                    extra=[('X-Priority', '3 (Normal)'), ('X-Mailru-Src', 'smtp'), ('X-7564579A', '646B95376F6C166E'),
                           ('X-77F55803', '4F1203BC0FB41BD9' + U.hexs(r, 16, True))])


@message('attack', '40-ru-akt-sverki-thread-hijack-zip')
def a40(m):
    m.when('2026-12-03 15:41:27', 'MSK')
    m.frm = ('Ирина Кузнецова', 'i.kuznetsova@skladtehservis.ru')
    m.to = [S['acc_ru']]
    m.subject = 'Re: Акт сверки за 3 квартал 2026'
    prev_ex = 'f2c7a1d49b3e4e6a8c0b5d17e9a3c2f1@EXCH02.corp.example.com'
    prev_ys = '415221760191542@mail.yandex.ru'
    m.in_reply_to = prev_ex
    m.references = [prev_ys, prev_ex]
    m.msgid = SY.yandex_msgid(m)
    html = """<div>Дмитрий, добрый день!</div><div> </div><div>Направляю исправленный акт сверки за 3 квартал и счета на оплату за ноябрь (сервис и запчасти по договору № 14/2025-С). В акте учтены обе корректировки, о которых вы писали.</div><div> </div><div>Архив защищён паролем в соответствии с нашей политикой ИБ, пароль: <b>1125</b></div><div> </div><div>Прошу подписать акт и вернуть скан до конца недели.</div><div> </div><div>-- </div><div>С уважением,<br />Ирина Кузнецова<br />главный бухгалтер<br />ООО «СкладТехСервис»<br />+7 (4967) 55-18-42</div><div> </div><div>03.12.2026, 11:02, "Dmitry Volkov" &lt;dmitry.volkov@examplegroup.eu&gt;:</div><blockquote><div>Ирина, добрый день!</div><div>В акте по нашим данным не хватает двух корректировочных УПД от 28.09 (№ 311 и № 312). Поправьте, пожалуйста, и пришлите ещё раз.</div><div>С уважением,<br />Дмитрий Волков<br />бухгалтер, ООО «Экзампл Техника»</div><div> </div><div>12.10.2026, 14:18, "Ирина Кузнецова" &lt;i.kuznetsova@skladtehservis.ru&gt;:</div><blockquote><div>Дмитрий, добрый день! Направляю акт сверки за 3 квартал 2026 г. Прошу проверить.</div></blockquote></blockquote>
"""
    lnk = docs.lnk_stub('Акт сверки (Excel)')
    dt = (2026, 12, 3, 15, 30, 12)
    z = archive.build_zip([('Акт_сверки_3кв_2026_исправленный.xlsx.lnk', lnk, dt),
                           ('Счета_ноябрь_2026.pdf.lnk', docs.lnk_stub('Счета (PDF)'), dt)], password='1125', rng=m.rng, made_by=0x0014)
    htmlp = B.html(html, charset='utf-8', cte='base64')
    att = Part('application/zip', body=z, cte='base64', filename='Акт_сверки_3кв_2026.zip', disposition='attachment',
               fname_style='quoted', ct_style='inline')
    m.body = B.mixed([htmlp, att], B.boundary(m, 'yandex'), ct_style='inline')
    m.meta.update(
        what='Reply in the real reconciliation thread from the partner\'s chief accountant: corrected "акт сверки" and November invoices in a password-protected ZIP',
        why='Thread hijacking from the genuinely compromised Yandex 360 mailbox of СкладТехСервис (SPF/DKIM pass): quotes the real October thread, but the encrypted archive (password in the body) holds only Windows shortcuts disguised as .xlsx/.pdf (loader). Their genuine акт was an unprotected XLSX (business/38).',
        zip_password='1125', phones=['+7 (4967) 55-18-42'], other=['Акт_сверки_3кв_2026_исправленный.xlsx.lnk'],
        delivery='Yandex 360 for business (compromised mailbox), Yandex web mail')
    return m.render(SY.yandex, webmail=True)
