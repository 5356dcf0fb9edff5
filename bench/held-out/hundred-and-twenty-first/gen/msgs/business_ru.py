"""business/37-40: Russian-language genuine mail."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF, TPS
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text, local
from lib.registry import scenario

RU = OFF['RU']
RU_BUYER = ['ООО «Экзампл Пожарные Системы»', 'ИНН %s, КПП 772601001' % RU['taxid'],
            '117105, г. Москва,', 'Варшавское шоссе, д. 9, стр. 1, офис 412']


# ---------------------------------------------------------------------------
@scenario('business', '37-ru-tps-schet-na-oplatu-yandex.eml')
def b37(m):
    r = m.rng
    irina = S('Volkova')
    andrey = ('Андрей Кузнецов', 'a.kuznetsov@tpsnab.ru')
    m.frm = andrey
    m.to = [irina]
    m.rcpt = [irina[1]]
    m.mail_from = andrey[1]
    m.subject = 'Счёт на оплату № 1187 от 09.11.2026'
    m.date = T(2026, 11, 9, 10, 14, 55, 'MSK')
    m.date_zone = 'MSK'
    m.msgid = m.mid('yandex', 'mail.yandex.ru')
    inv, tot = kit.invoice_pdf(
        'ru', ['ООО «ТехноПожСнаб»', '141008, Московская обл., г. Мытищи, ул. Колпакova, д. 2, стр. 14'.replace('Колпакova', 'Колпакова'),
               'ИНН %s, КПП %s' % (TPS['inn'], TPS['kpp']), 'тел. +7 (495) 741-28-60'],
        RU_BUYER, '1187', '09.11.2026',
        [('Огнетушитель порошковый ОП-5(з) АВСЕ', 120, 1150.00),
         ('Огнетушитель углекислотный ОУ-5 (ВСЕ)', 40, 3480.00),
         ('Ороситель спринклерный СВН-12, 68 °C', 300, 285.00),
         ('Шкаф пожарный ШПК-310 НЗБ', 12, 6950.00)],
        'руб.', 22, ['Получатель: ООО «ТехноПожСнаб», ИНН %s, КПП %s' % (TPS['inn'], TPS['kpp']),
                     'Банк получателя: %s, г. Москва' % TPS['bank'], 'БИК %s, к/с %s' % (TPS['bik'], TPS['ks']),
                     'р/с %s' % TPS['rs']],
        meta_lines=['Договор|№ 14/25-П', 'Оплатить до|16.11.2026'],
        notes=['Цены указаны с учётом НДС 22 %. Оплата данного счёта означает согласие с условиями поставки товара. '
               'Товар отпускается по факту прихода денег на р/с поставщика.'],
        creator='1С:Предприятие 8.3', producer='1С:Предприятие 8.3 (8.3.25.1394)', pdfdate="D:20261109100211+03'00'",
        logo_color=(0.75, 0.0, 0.0))
    body = ('Ирина, добрый день!\n\nВо вложении счёт № 1187 от 09.11.2026 по заявке от 05.11 (огнетушители ОП-5 и ОУ-5, '
            'оросители, шкафы ШПК). Сумма %s руб., в т.ч. НДС 22%%.\n\nОтгрузка со склада в Мытищах в течение 2 рабочих дней '
            'после оплаты, УПД направим через Диадок.\n\n--\nС уважением,\nАндрей Кузнецов\nменеджер по продажам\n'
            'ООО «ТехноПожСнаб»\nтел. +7 (495) 741-28-60, доб. 214\n') % kit.fmt_money(tot['gross'], 'ru')
    html = '<div>' + '</div><div>'.join(_h.escape(l) if l else '&nbsp;' for l in body.rstrip('\n').split('\n')) + '</div>\n'
    bnd = kit.boundary(r, 'yandex')
    body_obj = Multipart('mixed', [text(html, 'html', 'utf-8', 'base64', ctype_value='text/html; charset=utf-8'),
                                   attachment(inv, 'Счет_1187_от_09.11.2026.pdf', 'application/pdf', 'generic', r)], bnd)
    hdrs, conn, tmx, dkb = sy.yandex(m, m.date, domain='tpsnab.ru', web=True)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'tpsnab.ru'), dkim=[('pass', 'tpsnab.ru', 'mail', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'tpsnab.ru')), body_obj)
    m.fact('phones', '+7 (495) 741-28-60')
    m.fact('other', 'р/с %s, БИК %s, к/с %s (valid control keys); ИНН %s' % (TPS['rs'], TPS['bik'], TPS['ks'], TPS['inn']))
    m.what = 'Supplier invoice (счёт на оплату № 1187) from TechnoPozhSnab\'s sales manager via Yandex 360, PDF from 1C with the supplier\'s usual bank details.'
    m.why = 'Real supplier domain tpsnab.ru (Yandex 360, aligned DKIM), refers to the customer\'s own request, UPD promised via Diadoc, bank details consistent with the contract; no urgency.'
    m.hard_negative_of = (['38-ru-postavshik-lookalike-rekvizity.eml'], 'TechnoPozhSnab invoice / bank details',
                          'Correct domain and unchanged TBank account; the attack (look-alike domain) asks to pay this same invoice elsewhere.')


# ---------------------------------------------------------------------------
@scenario('business', '38-ru-diadok-uvedomlenie-upd.eml')
def b38(m):
    r = m.rng
    irina = S('Volkova')
    m.frm = ('Контур.Диадок', 'noreply@diadoc.kontur.ru')
    m.to = [irina]
    m.rcpt = [irina[1]]
    m.mail_from = 'noreply@diadoc.kontur.ru'
    m.subject = 'Новый документ от ООО «ТехноПожСнаб»: УПД № 2211 от 07.12.2026'
    m.date = T(2026, 12, 7, 16, 2, 31, 'MSK')
    m.date_zone = 'MSK'
    m.msgid = '%s@diadoc.kontur.ru' % r.uuid()
    box, letter, doc = r.uuid(), r.uuid(), r.uuid()
    url = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s' % (box, letter, doc)
    body = ('В ящик организации ООО «Экзампл Пожарные Системы» поступил документ.\n\nОтправитель: ООО «ТехноПожСнаб», ИНН %s\n'
            'Документ: Универсальный передаточный документ № 2211 от 07.12.2026\nСумма: 318 460,00 руб., в т.ч. НДС 57 428,52 руб.\n'
            'Требуется: подпись получателя\n\nОткрыть документ в Диадоке: %s\n\nВы получили это письмо, потому что подписаны на '
            'уведомления о новых документах. Настроить уведомления можно в разделе «Настройки» Диадока.\n\n'
            'Служба поддержки Диадока: 8 800 500-10-18\nАО «ПФ «СКБ Контур»\n') % (TPS['inn'], url)
    html = kit.simple_html(body.replace(url, '[%s](%s)' % ('Открыть документ', url)), 'Arial, sans-serif', '14px')
    bnd = kit.boundary(r, 'dotnet')
    body_obj = Multipart('alternative', [text(body, 'plain', 'utf-8', 'base64'), text(html, 'html', 'utf-8', 'base64')], bnd)
    hdrs, conn, tmx, dkb = sy.corp_relay(m, m.date, 'smtp-out4.kontur.ru', '198.51.100.114',
                                         inner=[('diadoc-notifier-07.kontur.local', 'unknown', '10.34.%d.%d' % (r.randrange(255), r.randrange(2, 250)), 'smtp-out4.kontur.ru', 'ESMTP')],
                                         dkim=('kontur.ru', 'kontur2024'), zone='MSK')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'diadoc.kontur.ru'), dkim=[('pass', 'kontur.ru', 'kontur2024', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'diadoc.kontur.ru')), body_obj)
    m.fact('urls', url)
    m.fact('phones', '8 800 500-10-18')
    m.what = 'Kontur.Diadoc notification: the supplier sent a UPD (universal transfer document) that needs the recipient\'s signature.'
    m.why = 'Sent by Kontur (aligned DKIM) with a link to diadoc.kontur.ru, matches the supplier relationship (UPD promised in business/37), standard notification text.'
    m.hard_negative_of = (['39-ru-diadok-lookalike-podpis.eml'], 'Diadoc "document to sign" notification',
                          'Real kontur.ru sender and diadoc.kontur.ru link; the attack uses diadoc-kontur.ru.')


# ---------------------------------------------------------------------------
@scenario('business', '39-ru-trebovanie-fns-vnutrennee-koi8.eml')
def b39(m):
    r = m.rng
    irina = S('Volkova')
    olga = S('Smirnova')
    m.frm = irina
    m.to = [olga]
    m.rcpt = [olga[1]]
    m.mail_from = irina[1]
    m.subject = 'Требование ИФНС N 26 - пояснения по НДС за 3 кв., прошу согласовать'
    m.date = T(2026, 10, 28, 15, 9, 44, 'MSK')
    m.date_zone = 'MSK'
    m.msgid = m.mid('exchange', 'EXCH02.corp.example.com')
    m.hdr_charset, m.hdr_enc = 'koi8-r', 'B'
    m.phrase_mixed = True
    m.accept_language, m.content_language = 'ru-RU, en-US', 'ru-RU'
    m.has_attach = True
    body = ('Ольга, добрый день!\n\nСегодня через Контур.Экстерн пришло требование ИФНС России N 26 по г. Москве о представлении '
            'пояснений по декларации по НДС за 3 квартал 2026 г. (расхождения по двум контрагентам, в т.ч. ТехноПожСнаб - '
            'счёт-фактура принят к вычету в октябре, а не в сентябре).\n\nКвитанцию о приёме требования я уже отправила. Срок '
            'ответа - 5 рабочих дней, то есть до 05.11. Черновик пояснений во вложении, прошу посмотреть до четверга, после '
            'этого отправлю через Экстерн.\n\nИрина\n\n--\nИрина Волкова\nглавный бухгалтер\nООО "Экзампл Пожарные Системы"\n'
            'тел. +7 495 988-41-75\n')
    docx = containers.make_docx([('b', 'Пояснения к декларации по НДС за 3 квартал 2026 года'),
                                 'В ИФНС России N 26 по г. Москве',
                                 'На требование о представлении пояснений от 27.10.2026 N 26-14/18837 сообщаем следующее:',
                                 '1. Расхождение по контрагенту ООО "ТехноПожСнаб" (ИНН %s) связано с тем, что счёт-фактура N 1094 '
                                 'от 28.09.2026 получен 06.10.2026 и принят к вычету в 4 квартале 2026 г. в соответствии с п. 1.1 ст. 172 НК РФ.' % TPS['inn'],
                                 '2. Расхождение по второму контрагенту вызвано технической ошибкой в коде вида операции; уточнённая '
                                 'декларация не требуется, так как сумма налога не изменилась.',
                                 'Генеральный директор ________________',
                                 'Главный бухгалтер ________________ И. Волкова'],
                                creator='Ирина Волкова', title='Пояснения НДС 3 кв 2026', created='2026-10-28T11:52:00Z',
                                date_time=(2026, 10, 28, 14, 52, 0))
    html = kit.outlook_html(body, 'ru', 'koi8-r')
    b_m, b_a = kit.boundary(r, 'exchange'), kit.boundary(r, 'exchange')
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'koi8-r', 'quoted-printable'),
                                                             text(html, 'html', 'koi8-r', 'quoted-printable')], b_a),
                                   attachment(docx, 'Пояснения_НДС_3кв2026_черновик.docx',
                                              'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'outlook', r, plus(m.date, -900))], b_m)
    hdrs, conn, tmx = sy.exchange_internal(m, m.date, originating_ip='10.20.88.%d' % r.randrange(10, 250))
    m.finish(hdrs, conn, plus(tmx, 1), None, body_obj, tls=sy.TLS12)
    m.fact('phones', '+7 495 988-41-75')
    m.what = 'Internal mail of the Moscow chief accountant: a tax-office requirement came in through the EDI operator (Kontur.Extern); draft explanation as DOCX for approval.'
    m.why = 'Internal Exchange route between colleagues, correct tax office (ИФНС № 26, matching the company\'s КПП 7726…), requirement received through the official EDI channel; attachment is a plain DOCX.'
    m.hard_negative_of = (['37-ru-fns-trebovanie-arhiv-parol.eml'], 'Tax office requirement (требование ФНС)',
                          'Received via the official EDI channel and discussed internally; the attack comes from mail.ru with a password ZIP and names the wrong tax office.')


# ---------------------------------------------------------------------------
@scenario('business', '40-ru-otraslevoy-daydzhest-unisender.eml')
def b40(m):
    r = m.rng
    olga = S('Smirnova')
    dom = 'pb-segodnya.ru'
    m.frm = ('Пожарная безопасность сегодня', 'news@' + dom)
    m.to = [olga]
    m.rcpt = [olga[1]]
    m.mail_from = 'bounce-%d@mx.%s' % (r.randrange(10 ** 8, 10 ** 9), 'unisender.com')
    m.subject = 'Дайджест № 11/2026: изменения СП 484, огнетушители нового образца, выставка «Securika»'
    m.date = T(2026, 11, 24, 8, 0, 3, 'MSK')
    m.date_zone = 'MSK'
    m.msgid = '%s.%d@unisender.com' % (r.hex(20), r.randrange(10 ** 6))
    items = [('Минстрой утвердил изменения в СП 484.1311500.2020 (системы пожарной сигнализации)',
              'https://pb-segodnya.ru/news/izmeneniya-sp-484-2026'),
             ('Огнетушители: новые требования к маркировке с 1 марта 2027 года', 'https://pb-segodnya.ru/articles/ognetushiteli-markirovka-2027'),
             ('Securika Moscow 2027: регистрация посетителей открыта', 'https://pb-segodnya.ru/events/securika-2027')]
    unsub = 'https://pb-segodnya.ru/unsubscribe?u=%s' % r.hex(24)
    html = ['<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
            '<tr><td style="background:#c62828;color:#fff;padding:16px 20px;font-size:20px;font-weight:bold">Пожарная безопасность сегодня</td></tr>']
    plain = ['Пожарная безопасность сегодня — дайджест № 11/2026\n']
    for t_, u in items:
        html.append('<tr><td style="padding:12px 20px;font-size:15px"><a href="%s" style="color:#222">%s</a></td></tr>' % (_h.escape(u), _h.escape(t_)))
        plain.append('%s\n%s\n' % (t_, u))
        m.fact('urls', u)
    html.append('<tr><td style="padding:16px 20px;font-size:11px;color:#888">Вы получили это письмо, так как подписались на рассылку '
                'на сайте pb-segodnya.ru. <a href="%s">Отписаться</a></td></tr></table></body></html>\n' % _h.escape(unsub))
    plain.append('Отписаться: %s\n' % unsub)
    bnd = kit.boundary(r, 'generic')
    body_obj = Multipart('alternative', [text('\n'.join(plain), 'plain', 'utf-8', 'quoted-printable'),
                                         text(''.join(html), 'html', 'utf-8', 'quoted-printable')], bnd)
    m.client_extra = [('List-Unsubscribe', '<%s>' % unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    hdrs, conn, tmx, bees = sy.unisender(m, m.date, dom)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'unisender.com'), dkim=[('pass', dom, 'us', 2048, bees[0][1]), ('pass', 'unisender.com', 'us', 2048, bees[1][1])],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('urls', unsub)
    m.what = 'Russian trade newsletter digest (fire alarm code СП 484 changes, extinguisher labelling, Securika fair) via UniSender.'
    m.why = 'Subscribed trade publication, sender domain DKIM-aligned through the ESP, links only to its own site, unsubscribe headers.'
    m.hard_negative_of = (['40-ru-arbitrazh-isk-koi8.eml'], 'Russian bulk / notification mail',
                          'Expected newsletter with aligned DKIM; the attack is a fake court notice from a compromised site.')
