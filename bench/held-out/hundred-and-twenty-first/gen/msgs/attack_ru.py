"""attack/37-40: Russian-language attacks."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF, TPS
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text
from lib.registry import scenario

RU = OFF['RU']


# ---------------------------------------------------------------------------
@scenario('attack', '37-ru-fns-trebovanie-arhiv-parol.eml')
def a37(m):
    r = m.rng
    irina = S('Volkova')
    m.frm = ('Межрайонная ИФНС России № 46 по г. Москве', 'ifns46.trebovanie@mail.ru')
    m.to = [irina]
    m.rcpt = [irina[1]]
    m.mail_from = m.frm[1]
    num = '12-18/4471'
    m.subject = 'Требование о представлении пояснений № %s от 27.10.2026' % num
    m.date = T(2026, 10, 28, 9, 5, 41, 'MSK')
    m.date_zone = 'MSK'
    m.msgid = m.mid('mailru')
    pwd = '4471'
    zname = 'Требование_12-18_4471.zip'
    member = 'Требование_12-18_4471.pdf.scr'
    inert = ('Inert stand-in for "%s" (a Windows screensaver executable with a PDF icon in the real campaign; '
             'payload removed for this evaluation set).\n' % member).encode('utf-8')
    z = containers.make_encrypted_zip([(member, inert, (2026, 10, 27, 18, 40, 2))], pwd, r)
    body = ('Уважаемый налогоплательщик!\n\nВ соответствии со статьёй 88 Налогового кодекса Российской Федерации направляем '
            'требование о представлении пояснений № %s по налоговой декларации по НДС за 3 квартал 2026 года (выявлены '
            'расхождения с данными контрагентов).\n\nПояснения необходимо представить в течение 5 рабочих дней со дня получения '
            'требования. Непредставление пояснений влечёт ответственность по статье 129.1 НК РФ и может служить основанием '
            'для приостановления операций по счетам.\n\nТребование и перечень расхождений во вложении. В целях защиты '
            'налоговой тайны архив защищён паролем: %s\n\nС уважением,\nстарший государственный налоговый инспектор\n'
            'отдела камеральных проверок № 2\nМежрайонная ИФНС России № 46 по г. Москве\nтел. +7 (495) 400-46-18\n') % (num, pwd)
    html = '<HTML><BODY>' + '<br>'.join(_h.escape(l) for l in body.rstrip('\n').split('\n')) + '</BODY></HTML>\n'
    bnd_m, bnd_a = kit.boundary(r, 'mailru'), kit.boundary(r, 'mailru')
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'utf-8', 'base64', ctype_value='text/plain; charset=utf-8'),
                                                             text(html, 'html', 'utf-8', 'base64', ctype_value='text/html; charset=utf-8')], bnd_a),
                                   attachment(z, zname, 'application/zip', 'generic', r)], bnd_m)
    hdrs, conn, tmx, dkb = sy.mailru(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'mail.ru'), dkim=[('pass', 'mail.ru', 'mail4', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'mail.ru')), body_obj)
    m.zip_passwords = {zname: pwd}
    m.fact('phones', '+7 (495) 400-46-18')
    m.fact('other', 'ZIP password %s; member %s (inert)' % (pwd, member))
    m.what = 'Malware lure: "Межрайонная ИФНС № 46" sends a tax "requirement to provide explanations" from a mail.ru address, as a password-protected ZIP with a .pdf.scr inside.'
    m.why = 'The Federal Tax Service sends requirements only via the EDI operator (Diadoc/TKS, see business/39), never from free mail; encrypted archive with the password in the text to defeat scanning; double extension .pdf.scr; threat of account freeze.'


# ---------------------------------------------------------------------------
@scenario('attack', '38-ru-postavshik-lookalike-rekvizity.eml')
def a38(m):
    r = m.rng
    irina = S('Volkova')
    dom = 'tpsnab-msk.ru'
    andrey = ('Андрей Кузнецов', 'a.kuznetsov@' + dom)
    m.frm = andrey
    m.to = [irina]
    m.rcpt = [irina[1]]
    m.mail_from = andrey[1]
    m.subject = 'Смена банковских реквизитов ООО «ТехноПожСнаб» / оплата счёта № 1187'
    m.date = T(2026, 11, 16, 11, 2, 45, 'MSK')
    m.date_zone = 'MSK'
    lt = mime.local(m.date, 'MSK')
    m.msgid = '%d.%04d%02d%02d%02d%02d%02d@%s' % (r.randrange(10 ** 9, 2 * 10 ** 9), lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, dom)
    m.hdr_charset, m.hdr_enc = 'windows-1251', 'B'
    bik, ks = '044525593', '30101810200000000593'
    rs = ids.ru_account(bik, '40702810002870041736')
    body = ('Здравствуйте, Ирина!\n\nВ связи с переходом на обслуживание в другой банк с 16.11.2026 просим производить оплату '
            'по счёту № 1187 от 09.11.2026 и всем последующим счетам по новым реквизитам:\n\n'
            'Получатель: ООО «ТехноПожСнаб»\nИНН 5029274317 / КПП 502901001\nБанк: АО «АЛЬФА-БАНК», г. Москва\n'
            'БИК %s\nк/с %s\nр/с %s\n\nСтарый расчётный счёт в АО «ТБанк» закрывается, платежи на него будут возвращены. '
            'Официальное письмо за подписью генерального директора во вложении.\n\nПросьба подтвердить получение и '
            'оплату счёта сегодня – по нему у нас резерв товара на складе (огнетушители ОП-5 и ОУ-5), резерв снимается завтра.\n\n'
            '--\nС уважением,\nАндрей Кузнецов\nменеджер по продажам\nООО «ТехноПожСнаб»\nтел. +7 (495) 741-28-60\n') % (bik, ks, rs)
    pdfdata = kit.letter_pdf(
        ['ООО «ТехноПожСнаб»', 'Пожарно-техническая продукция оптом',
         '141008, Московская обл., г. Мытищи, ул. Колпакова, д. 2, стр. 14 · ИНН 5029274317 · КПП 502901001'],
        ['Генеральному директору', 'ООО «Экзампл Пожарные Системы»', '117105, г. Москва, Варшавское шоссе, д. 9, стр. 1'],
        'г. Мытищи, 16.11.2026 г.', 'Исх. № 214 от 16.11.2026. Об изменении банковских реквизитов',
        ['Уважаемые партнёры!',
         'Уведомляем вас, что с 16 ноября 2026 года ООО «ТехноПожСнаб» изменило обслуживающий банк. Просим все платежи, '
         'в том числе по ранее выставленным счетам, производить по следующим реквизитам:',
         '  Банк получателя: АО «АЛЬФА-БАНК», г. Москва',
         '  БИК %s, к/с %s' % (bik, ks),
         '  Расчётный счёт: %s' % rs,
         'Платежи, поступившие на прежний расчётный счёт, будут возвращены отправителю.'],
        'Генеральный директор ______________ С. В. Громов\n\nГлавный бухгалтер ______________ Е. А. Лаптева',
        creator='Microsoft Word 2016', producer='Microsoft Word 2016', pdfdate="D:20261116104012+03'00'", accent=(0.7, 0.0, 0.0))
    bnd = '----------%s' % r.hex(16, True)
    body_obj = Multipart('mixed', [text(body, 'plain', 'windows-1251', 'quoted-printable', ctype_value='text/plain; charset=windows-1251'),
                                   attachment(pdfdata, 'Письмо_о_смене_реквизитов.pdf', 'application/pdf', 'generic', r)], bnd)
    lt_date = mime.rfcdate(m.date, 'MSK')
    m.client_extra = []
    hdrs_client = [('Date', lt_date), ('From', m.from_hdr()), ('Reply-To', m.from_hdr()), ('X-Priority', '3 (Normal)'),
                   ('Message-ID', '<%s>' % m.msgid), ('To', m.to_hdr()), ('Subject', m.subject_hdr()), ('MIME-Version', '1.0'),
                   ('<MIME>', None), ('X-Mailer', 'The Bat! (v10.5.3) Professional')]
    hdrs, conn, tmx, dkb = sy.yandex(m, m.date, domain=dom, web=False)
    hdrs = [h for h in hdrs if h[0] not in ('From', 'To', 'Subject', 'MIME-Version', 'X-Mailer', 'Date', 'Message-Id', '<MIME>', 'In-Reply-To', 'References', 'Cc')] + hdrs_client
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', dom), dkim=[('pass', dom, 'mail', 2048, dkb)], dmarc=('none', None, dom)), body_obj)
    m.ids_to_check = [('ru_account', bik, rs, False), ('ru_account', bik, ks, True)]
    m.fact('phones', '+7 (495) 741-28-60')
    m.fact('other', 'new account: БИК %s, к/с %s, р/с %s (valid control keys)' % (bik, ks, rs))
    m.what = 'Supplier bank-detail change from the look-alike tpsnab-msk.ru: "TechnoPozhSnab" asks to pay invoice № 1187 and all future invoices to a new Alfa-Bank account; signed letter as PDF.'
    m.why = 'Look-alike of tpsnab.ru on Yandex 360 (no DMARC), sent with The Bat! from a desktop unlike the real sender (Yandex web); refers to the genuine invoice of business/37 but changes bank; urgency ("stock reservation expires tomorrow").'


# ---------------------------------------------------------------------------
@scenario('attack', '39-ru-diadok-lookalike-podpis.eml')
def a39(m):
    r = m.rng
    irina = S('Volkova')
    olga = S('Smirnova')
    dom = 'diadoc-kontur.ru'
    m.frm = ('Контур.Диадок', 'noreply@' + dom)
    m.to = [irina]
    m.cc = [olga]
    m.rcpt = [irina[1]]
    m.mail_from = m.frm[1]
    m.subject = 'Вам поступил документ на подпись от ООО «ТехноПожСнаб»'
    m.date = T(2026, 12, 8, 15, 44, 20, 'MSK')
    m.date_zone = 'MSK'
    m.msgid = m.mid('php', dom)
    url = 'https://diadoc-kontur.ru/Box/%s/documents?docId=%s&from=mail' % (r.uuid(), r.uuid())
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="margin:0;background:#f5f5f5;font-family:Segoe UI,Arial,sans-serif;color:#222">'
            '<div style="max-width:600px;margin:0 auto;background:#fff">'
            '<div style="padding:18px 28px;border-bottom:3px solid #ff6c00"><span style="font-size:20px;font-weight:bold">Контур</span>'
            '<span style="font-size:20px;color:#ff6c00">.Диадок</span></div>'
            '<div style="padding:24px 28px;font-size:14px;line-height:21px">'
            '<p>Организация <b>ООО «Экзампл Пожарные Системы»</b> получила документ от <b>ООО «ТехноПожСнаб»</b>:</p>'
            '<p style="background:#fafafa;border:1px solid #eee;padding:12px">Универсальный передаточный документ № 2211 от 08.12.2026<br>'
            'Сумма: 318 460,00 ₽, в т.ч. НДС 20%% 53 076,67 ₽<br>Статус: <b>требуется подпись</b></p>'
            '<p>Документ необходимо подписать до 10.12.2026. Для просмотра и подписания войдите в Диадок:</p>'
            '<p><a href="%s" style="background:#ff6c00;color:#fff;padding:10px 24px;text-decoration:none;border-radius:3px">'
            'Перейти к документу</a></p>'
            '<p style="font-size:12px;color:#777">Вход по логину и паролю или по сертификату.</p></div>'
            '<div style="padding:14px 28px;font-size:11px;color:#999;border-top:1px solid #eee">АО «ПФ «СКБ Контур», '
            'Екатеринбург. Это письмо отправлено автоматически.</div></div></body></html>\n') % _h.escape(url)
    html = html.replace('</p>', '</p>\n').replace('</div>', '</div>\n')
    plain = ('Организация ООО «Экзампл Пожарные Системы» получила документ от ООО «ТехноПожСнаб»:\n'
             'Универсальный передаточный документ № 2211 от 08.12.2026, сумма 318 460,00 ₽. Требуется подпись до 10.12.2026.\n\n'
             'Перейти к документу: %s\n\nКонтур.Диадок\n') % url
    bnd = kit.boundary(r, 'php')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', '8bit', ctype_value='text/plain; charset=utf-8'),
                                         text(html, 'html', 'utf-8', '8bit', ctype_value='text/html; charset=utf-8')], bnd)
    hdrs, conn, tmx, dkb = sy.exim_cpanel(m, m.date, 'vh412.timeweb.ru', '192.0.2.144', dom, m.mail_from, php=True,
                                          auth_user='cr48213', dkim=dom)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', dom), dkim=[('pass', dom, 'default', 2048, dkb)], dmarc=('none', None, dom)), body_obj)
    m.fact('urls', url)
    m.what = 'EDI phishing: "Контур.Диадок" says a UPD from the real supplier TechnoPozhSnab (318 460 ₽) needs signing; button to a look-alike Diadoc login.'
    m.why = 'Look-alike domain diadoc-kontur.ru (real: diadoc.kontur.ru) on shared hosting with PHPMailer; link to the look-alike; real Diadoc notifications (business/38) come from Kontur\'s own servers.'


# ---------------------------------------------------------------------------
@scenario('attack', '40-ru-arbitrazh-isk-koi8.eml')
def a40(m):
    r = m.rng
    olga = S('Smirnova')
    site = 'stroykomplekt-nn.ru'
    m.frm = ('Арбитражный суд города Москвы', 'info@' + site)
    m.to = [olga]
    m.rcpt = [olga[1]]
    m.mail_from = 'cx77130@vh344.timeweb.ru'
    case = 'А40-287413/26'
    m.subject = 'Уведомление о принятии искового заявления к производству, дело N %s' % case
    m.date = T(2026, 12, 14, 10, 20, 5, 'MSK')
    m.date_zone = 'MSK'
    m.hdr_charset, m.hdr_enc = 'koi8-r', 'B'
    m.msgid = m.mid('php', site)
    url = 'https://kad-arbitr.online/Card/A40-287413-26/Iskovoe_zayavlenie.zip'
    body = ('Арбитражный суд города Москвы\n115225, г. Москва, ул. Большая Тульская, д. 17\n\nОПРЕДЕЛЕНИЕ\n'
            'о принятии искового заявления к производству\n\nДело N %s\n\nАрбитражный суд города Москвы, рассмотрев исковое '
            'заявление ООО "СтройКомплект" к ООО "Экзампл Пожарные Системы" о взыскании задолженности по договору поставки '
            'в размере 1 784 300 руб. 00 коп., неустойки и судебных расходов, ОПРЕДЕЛИЛ: принять исковое заявление к '
            'производству; предварительное судебное заседание назначить на 22.12.2026 в 11:40.\n\nОтветчику в срок до '
            '18.12.2026 представить отзыв на исковое заявление с документальным обоснованием.\n\nКопия искового заявления '
            'и приложенных документов: %s\n\nСудья Е. В. Малахова\n') % (case, url)
    body_obj = text(body, 'plain', 'koi8-r', 'quoted-printable', ctype_value='text/plain; charset=koi8-r')
    hdrs, conn, tmx, dkb = sy.exim_cpanel(m, m.date, 'vh344.timeweb.ru', '192.0.2.44', site, m.mail_from, php=True, auth_user='cx77130')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'vh344.timeweb.ru'), dkim=[], dmarc=('fail', 'none', site)), body_obj)
    m.fact('urls', url)
    m.what = 'Fake court notice: "Arbitration Court of Moscow" accepts a claim for 1 784 300 RUB against the Moscow entity and links to "copy of the claim" as a ZIP download.'
    m.why = 'Sent by a PHP script on a compromised construction-company site (koi8-r plain text, DMARC fails); link to kad-arbitr.online (real: kad.arbitr.ru) delivering a ZIP; courts do not serve claims by e-mail.'
