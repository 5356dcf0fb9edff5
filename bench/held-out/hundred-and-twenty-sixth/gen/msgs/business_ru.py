"""business/37-40 (Russian)."""
from lib import bodies, docs, ids, mime, ooxml, shapes, systems, util, zipx
from lib.company import AZOV, EG_RU_INN, P
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec


@reg('business', '37-ru-diadok-akt-sverki')
def b37(m):
    m.what = 'Kontur.Diadoc notification: customer ООО «Ветропарк Азовский» sent a reconciliation statement (акт сверки) for 9 months of 2026 into the company\'s Diadoc box'
    m.why = 'Genuine EDI notice: noreply@diadoc.ru from Kontur\'s mail gateway (DKIM diadoc.ru), link to diadoc.kontur.ru, expected quarter-end document from a known customer'
    m.topic = 'edi-document'
    rcpt = P['irina'][1]
    t = local_to_utc('MSK', 2026, 10, 9, 11, 10, 4)
    box = util.guid(m.rng)
    link = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s' % (box, util.guid(m.rng), util.guid(m.rng))
    m.url(link, 'Diadoc document')
    text = """Здравствуйте!

В ящик «ООО «Экзампл Груп Рус»» пришёл новый документ от контрагента ООО «Ветропарк Азовский» (ИНН %s):

Акт сверки взаимных расчётов за период 01.01.2026 - 30.09.2026
Требуется подпись

Посмотреть документ: %s

Письмо отправлено автоматически, не отвечайте на него.
Контур.Диадок - система электронного документооборота, АО «ПФ «СКБ Контур»""" % (AZOV['inn'], link)
    html = '<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">' + \
        ''.join('<p>%s</p>' % bodies._inline(p).replace('\n', '<br>') for p in text.split('\n\n')) + '</body></html>'
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')], docs.b_javamail(m, t))
    m.set_body(root)
    F = dict(from_=addr('Контур.Диадок', 'noreply@diadoc.ru', 'utf-8', 'B'), from_addr='noreply@diadoc.ru', to=rcpt, date=t, zone='MSK',
             subject=ew('Новый документ от ООО «Ветропарк Азовский»: Акт сверки', 'utf-8', 'B'), msgid='<%s@diadoc.ru>' % util.guid(m.rng))
    m.assemble(shapes.corporate_mta(m, t, rcpt, F, ('mail-out2.kontur.ru', 'mail-out2.kontur.ru', '203.0.113.37'), 'diadoc.ru', 'kontur', 'reject',
                                    'notify-sender07.diadoc.local', zone='MSK'))


@reg('business', '38-ru-azov-reestr-rabot-arhiv-parol')
def b38(m):
    m.what = 'Customer ООО «Ветропарк Азовский» sends the October works register and timesheets as an encrypted ZIP; the password "will be given by phone as agreed"'
    m.why = 'Genuine password-protected file: known customer contact on his company domain (Yandex 360, DKIM pass), password NOT in the mail, archive holds an XLSX only'
    m.topic = 'password-archive'
    rcpt = P['irina'][1]
    t = local_to_utc('MSK', 2026, 11, 3, 14, 7, 51)
    pw = 'Azov-1026!wp'
    m.passwords = [pw]
    m.phone('+7 863 420-18-77', 'customer office')
    rows = [['№', 'Дата', 'ВЭУ', 'Вид работ', 'Бригада', 'Чел.-часы', 'Сумма, руб.']]
    data = [('02.10.2026', 'ВЭУ-04', 'Плановое ТО (полугодовое)', 'Бригада 1', 36, 148000.0),
            ('07.10.2026', 'ВЭУ-11', 'Замена датчика скорости ветра', 'Бригада 2', 8, 41500.0),
            ('14.10.2026', 'ВЭУ-02', 'Осмотр лопастей (канатный доступ)', 'Бригада 1', 24, 96000.0),
            ('21.10.2026', 'ВЭУ-17', 'Плановое ТО (полугодовое)', 'Бригада 2', 36, 148000.0),
            ('28.10.2026', 'ВЭУ-09', 'Замена гидроцилиндра тормоза ротора', 'Бригада 1', 14, 87300.0)]
    tot = 0
    for i, r in enumerate(data, 1):
        rows.append([i] + list(r))
        tot += r[5]
    rows.append(['', '', '', '', 'Итого', '', tot])
    x = ooxml.xlsx([('Октябрь 2026', rows)], title='Реестр выполненных работ', creator='Соколов Д.', when='2026-11-03T10:50:00Z',
                   date_time=(2026, 11, 3, 13, 50, 0), col_widths=[4, 12, 9, 38, 12, 10, 14])
    z = zipx.make_zip_encrypted([('Реестр_работ_октябрь_2026.xlsx', x, (2026, 11, 3, 13, 55, 2))], pw, m.rng)
    text = """Ирина, добрый день!

Направляю реестр выполненных работ и табели за октябрь 2026 года для подготовки актов и счетов. Сумма по реестру %s руб. без НДС.

Архив защищён паролем, пароль продиктую вам по телефону, как договаривались (в письме не отправляю).

С уважением,
Дмитрий Соколов
Главный инженер ООО «Ветропарк Азовский»
тел. +7 863 420-18-77""" % docs.fmt_pl(tot)
    html = bodies.fill_charset(bodies.outlook_html(text, 'RU'), 'windows-1251')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'windows-1251', 'quoted-printable'), mime.text(html, 'html', 'windows-1251', 'quoted-printable')],
                         docs.b_nextpart(m, 1))
    att = mime.attachment(z, 'application/x-zip-compressed', 'Реестр_работ_октябрь_2026.zip', name_charset='windows-1251')
    root = mime.multipart('mixed', [alt, att], docs.b_nextpart(m, 0))
    root.preamble = 'This is a multipart message in MIME format.'
    m.set_body(root)
    frm = AZOV['people']['sokolov']
    F = dict(from_=addr(frm[0], frm[1], 'windows-1251', 'B'), from_addr=frm[1], to=addr('Ирина Смирнова', rcpt, 'windows-1251', 'B'), date=t, zone='MSK',
             subject=ew('Реестр работ и табели за октябрь (архив)', 'windows-1251', 'B'),
             msgid='<0%s$%s$%s$@vetropark-azov.ru>' % (m.hex(11), m.hex(8), m.hex(8)))
    msg = shapes.outlook_smtp_msg(m, F, 'ru')
    F['date'] = t
    h = shapes.yandex(m, t, rcpt, F, '192.0.2.15', web=False, dkim_domain='vetropark-azov.ru', dmarc_p='none')
    # replace the generic UA block with Outlook's
    out = []
    skip = False
    for n, v in h:
        if n in ('Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Subject', 'To', 'CC', 'References', 'In-Reply-To', 'From', 'Content-Language', '__CT__'):
            if not skip:
                out += msg
                skip = True
            continue
        out.append((n, v))
    m.assemble(out)


@reg('business', '39-ru-vnutrennee-pereezd-pochty')
def b39(m):
    m.what = 'Internal notice from the Rostov office manager: mailboxes move to the new Exchange database on Saturday 5 Dec, Outlook may ask to restart; IT never asks for passwords'
    m.why = 'Genuine internal IT notice: Exchange route from Olga Kuznetsova (examplegroup.eu), refers to the HQ IT team and internal service desk, explicitly no links and no password requests'
    m.topic = 'mailbox-admin'
    rcpt = P['irina'][1]
    t = local_to_utc('MSK', 2026, 12, 2, 10, 15, 26)
    m.url('https://servicedesk.example.com', 'internal service desk')
    text = """Коллеги, добрый день!

По информации IT-отдела в Хузуме (Мальте Феддерсен), в субботу 5 декабря с 10:00 до 14:00 по московскому времени наши почтовые ящики будут перенесены на новую базу данных Exchange.

Что нужно сделать: ничего. В понедельник Outlook может один раз попросить перезапуститься - это нормально.

Важно: IT никогда не присылает ссылки для "подтверждения" или "увеличения квоты" почтового ящика и никогда не спрашивает пароль. Такие письма - мошеннические, пересылайте их через кнопку "Сообщить о фишинге".

Вопросы - через заявку на https://servicedesk.example.com или мне.

Ольга Кузнецова
Офис-менеджер, ООО \"Экзампл Груп Рус\""""
    html = bodies.fill_charset(bodies.outlook_html(text, 'RU'), 'koi8-r')
    msgid = '<%s@exch01.corp.example.com>' % m.hex(32)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'koi8-r', 'quoted-printable'), mime.text(html, 'html', 'koi8-r', 'quoted-printable')],
                          docs.b_exchange(m, '000', msgid))
    m.set_body(root)
    h, _ = systems.exchange_internal(m, t, rcpt, ('Olga Kuznetsova', P['olga'][1]), 'Rostov Office <office-rostov@examplegroup.eu>',
                                     ew('Перенос почтовых ящиков 5 декабря', 'koi8-r', 'B'), client_ip='10.37.1.22', server=1, msgid=msgid,
                                     langs='ru-RU, en-US', content_lang='ru-RU')
    m.assemble(h)


@reg('business', '40-ru-direktor-srochnaya-oplata-krana')
def b40(m):
    m.what = 'Internal: the Rostov country manager asks the chief accountant to pay today a crane-hire invoice already entered in 1C and approved by the CFO in Husum (quoted)'
    m.why = 'Genuine urgent director request: internal Exchange route from examplegroup.eu, invoice in 1C, approval chain with the CFO quoted, supplier and bank details verified, office manager in Cc, phone offered'
    m.topic = 'ceo-payment'
    rcpt = P['irina'][1]
    t = local_to_utc('MSK', 2026, 12, 10, 16, 20, 3)
    t_q = local_to_utc('CET', 2026, 12, 10, 12, 48)
    bik = '046015602'
    acc = ids.ru_account(bik, '40702810K52090041873')
    m.fact('Account', acc, 'Russian settlement account (р/с), control key valid for BIK %s' % bik)
    m.fact('Account', '30101810600000000602', 'correspondent account (к/с)')
    m.fact('ID', bik, 'BIK')
    quote = """Andrey,

approved from my side - please go ahead with the advance for the crane (1C invoice 1187, RUB 1,850,000). I have noted it for the December cash plan.

Best regards
Claudia"""
    text = """Ирина, добрый день!

Прошу сегодня оплатить счёт ООО «ДонКранСервис» № 1187 от 09.12.2026 на 1 850 000,00 руб. (аванс 50 %% за кран 500 т для замены редуктора на ВЭУ-09, Азов). Счёт уже заведён в 1С, договор и карточка контрагента проверены, реквизиты те же, что в договоре № 41/2026:

Получатель: ООО «ДонКранСервис»
р/с %s в ЮГО-ЗАПАДНЫЙ БАНК ПАО СБЕРБАНК
БИК %s, к/с 30101810600000000602

Согласование Husum получено (письмо Клаудии Брандт ниже). Если кран не оплатить до пятницы, он уйдёт на другой объект до января.

Если есть вопросы - звоните, я в офисе до 18:00.

Спасибо!
Андрей Волков
Генеральный директор, ООО «Экзампл Груп Рус»

""" % (acc, bik) + bodies.quote_block('ru', 'Claudia Brandt <claudia.brandt@example.com>', util.localtime(t_q, 'MSK'),
                                                'Andrey Volkov <andrey.volkov@examplegroup.eu>', 'AW: Kran Azov - Vorauszahlung', quote)
    html = bodies.fill_charset(bodies.outlook_html(text, 'RU'), 'windows-1251')
    msgid = '<%s@exch02.corp.example.com>' % m.hex(32)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'windows-1251', 'quoted-printable'), mime.text(html, 'html', 'windows-1251', 'quoted-printable')],
                          docs.b_exchange(m, '000', msgid))
    m.set_body(root)
    h, _ = systems.exchange_internal(m, t, rcpt, ('Andrey Volkov', P['andrey'][1]), addr('Irina Smirnova', rcpt),
                                     ew('Срочно: оплата аванса за кран (счёт 1187)', 'windows-1251', 'B'), cc=addr('Olga Kuznetsova', P['olga'][1]),
                                     client_ip='10.37.1.10', server=2, msgid=msgid, langs='ru-RU, en-US', content_lang='ru-RU', importance='high')
    m.assemble(h)
