"""Russian genuine business messages (4)."""
import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, attachment
from people import S, RU

AT_HEAD = ['ООО «АвтоТрейд»', 'ИНН %s, КПП 772801001 · 117342, Москва, ул. Бутлерова, д. 17, офис 418 · +7 (495) 118-44-17' % RU['avtotrade_inn']]
BANK_LINES = ['Банк получателя: ПАО Сбербанк, г. Москва', 'БИК %s   Корр. счёт %s' % (RU['sber_bik'], RU['sber_corr']),
              'Получатель: ООО «АвтоТрейд», ИНН %s, КПП 772801001' % RU['avtotrade_inn'],
              'Расчётный счёт %s' % RU['avtotrade_acct']]


def b37():
    paras = ['Здравствуйте, Сергей!',
             'В ваш аккаунт sergey.volkov@example.com выполнен вход с нового устройства:',
             'Яндекс Браузер, Windows - Москва, Россия - 12 ноября 2026, 09:14 (МСК)',
             'Если это были вы, ничего делать не нужно.',
             'Если нет, откройте [Яндекс ID](https://id.yandex.ru/security) и выберите «Выйти на всех устройствах», затем смените пароль.',
             'С уважением, команда Яндекс ID']
    body = C.brand_alt('Вход с нового устройства', 'Яндекс ID', '#fc3f1d', paras,
                       footer='© 2026 ООО «Яндекс». Это письмо отправлено автоматически, отвечать на него не нужно.',
                       charset='utf-8', cte='base64', lang='ru')
    return Msg('yandex-id-vhod-echt', ('Яндекс ID', 'noreply@id.yandex.ru'), [S('ru_mgr')], 'Вход в аккаунт с нового устройства',
               (2026, 11, 12, 9, 15, 0), body, I.yandex, infra_kw=dict(web=False), hcs='utf-8', henc='B',
               what='Genuine Yandex ID new-sign-in notice to the Moscow office manager (Yandex 360 account).',
               why='Real id.yandex.ru sender through Yandex forward*.mail.yandex.net; only links to id.yandex.ru; informational; matches his own sign-in '
                   'in Moscow.',
               hard_neg=[('yandex-id-vhod-phish', 'same notification type (new sign-in)')])


def b38():
    data = C.pdf_doc(AT_HEAD,
                     [('Акт сверки взаимных расчётов', {'bold': True, 'size': 12}),
                      'за период: 01.07.2026 - 30.09.2026', 'между ООО «АвтоТрейд» и ООО «Экзампл Груп Рус»', '',
                      C.cols((56, 'Дата'), (120, 'Документ'), (-430, 'Дебет'), (-539, 'Кредит'), bold=True, rule=True, size=9),
                      C.cols((56, '01.07.2026'), (120, 'Сальдо начальное'), (-430, '96 410,00'), (-539, ''), size=9),
                      C.cols((56, '14.07.2026'), (120, 'Реализация (УПД № 2871 от 14.07.2026)'), (-430, '148 300,00'), (-539, ''), size=9),
                      C.cols((56, '28.07.2026'), (120, 'Оплата (п/п № 1904 от 28.07.2026)'), (-430, ''), (-539, '96 410,00'), size=9),
                      C.cols((56, '19.08.2026'), (120, 'Реализация (УПД № 3155 от 19.08.2026)'), (-430, '84 720,00'), (-539, ''), size=9),
                      C.cols((56, '02.09.2026'), (120, 'Оплата (п/п № 2233 от 02.09.2026)'), (-430, ''), (-539, '148 300,00'), size=9),
                      C.cols((56, '22.09.2026'), (120, 'Реализация (УПД № 3498 от 22.09.2026)'), (-430, '99 900,00'), (-539, ''), size=9),
                      C.cols((56, '30.09.2026'), (120, 'Сальдо конечное'), (-430, '184 620,00'), (-539, ''), bold=True, size=9), '',
                      'По данным ООО «АвтоТрейд» на 30.09.2026 задолженность в пользу ООО «АвтоТрейд» составляет 184 620,00 руб.', '',
                      'От ООО «АвтоТрейд»: главный бухгалтер ____________ Смирнова И.А.',
                      'От ООО «Экзампл Груп Рус»: главный бухгалтер ____________ Кузнецова Н.В.'],
                     meta=dict(title='Акт сверки 3 кв 2026', creator='1С:Предприятие 8.3', producer='1С:Предприятие 8.3', date="D:20261014101502+03'00'"))
    text = """Наталья Викторовна, добрый день!

Направляем акт сверки взаимных расчётов за период 01.07.2026 - 30.09.2026. По нашим данным задолженность в пользу ООО "АвтоТрейд" на 30.09.2026 составляет 184 620,00 руб. (УПД N 3155 и 3498).

Подписанные экземпляры отправим через ЭДО (Контур.Диадок), скан прилагаем для предварительной сверки. Если есть расхождения - пришлите, пожалуйста, ваш вариант.

С уважением,
Ирина Смирнова
бухгалтер ООО "АвтоТрейд"
+7 (495) 118-44-17"""
    body = mixed(C.outlook_alt(text, 'koi8-r', 'quoted-printable', lang='RU'),
                 attachment('application/pdf', 'Акт_сверки_АвтоТрейд_3кв2026.pdf', data, fname_style='2047', fname_charset='koi8-r'))
    return Msg('avtotrade-akt-sverki-echt', ('Ирина Смирнова', 'i.smirnova@avtotrade-msk.ru'), [S('ru_acc')],
               'Акт сверки за 3 квартал 2026 г.', (2026, 10, 14, 10, 18, 0), body, I.yandex,
               infra_kw=dict(web=False, mailer='Microsoft Outlook 16.0'), hcs='koi8-r', henc='B',
               what='Genuine reconciliation statement (акт сверки) from the tyre supplier AvtoTrade as a PDF, originals to follow via EDI.',
               why='Known supplier on its Yandex 360 domain, Outlook client; PDF (not archive) with consistent document numbers; signed originals via '
                   'Diadoc EDI; no payment or link.',
               hard_neg=[('akt-sverki-zip-lnk', 'reconciliation statement (акт сверки)')])


def b39():
    text = """Наталья, добрый день.

ООО «Паркинг-Сервис» напомнило, что оплата аренды машиномест на Новослободской за декабрь (48 мест, 412 800,00 руб.) должна поступить до 5 декабря, иначе по договору начисляются пени.

Счёт № 1187 пришёл вчера через Диадок, реквизиты те же, что в договоре № 14/2025. Прошу провести оплату в обычном порядке через 1С с согласованием в Directum; с Дюссельдорфом сумма согласована в бюджете.

Если будут вопросы - я в офисе до 18:00, внутренний 7201.

Сергей

Сергей Волков
Генеральный директор
ООО «Экзампл Груп Рус»"""
    body = C.outlook_alt(text, 'windows-1251', 'quoted-printable', lang='RU')
    return Msg('direktor-oplata-arendy-intern', S('ru_mgr'), [S('ru_acc')], 'Срочно: оплата аренды парковки за декабрь',
               (2026, 12, 2, 11, 40, 0), body, I.internal_exchange, zone='MSK', hcs='windows-1251', henc='B',
               infra_kw=dict(mailbox_srv='EXCH02', client_ip='10.47.0.18'),
               what='The real Moscow director asks the chief accountant internally to pay the December parking rent on time.',
               why='Internal Exchange -> mail-int01 path; known landlord and contract; invoice received via EDI; normal 1C/Directum approval; '
                   'budget agreed with HQ; he is reachable by phone.',
               hard_neg=[('fake-director-cb-kurator', 'director writes to the chief accountant with an urgent matter')])


def b40():
    items = [('Шина зимняя Ikon Autograph Snow 3 205/55 R16 94R XL', 48, '8590.00')]
    total = C.D(48 * 8590)
    vat = C.D(total * 22 / 122)
    body_lines = ['Поставщик: ООО «АвтоТрейд»', 'Покупатель: ООО «Экзампл Груп Рус», ИНН %s, КПП 771501001' % RU['example_inn'], '',
                  ('Счёт на оплату № 4417 от 10.12.2026', {'bold': True, 'size': 12}), '',
                  C.cols((56, '№'), (80, 'Товар'), (-400, 'Кол-во'), (-470, 'Цена'), (-539, 'Сумма'), bold=True, rule=True, size=9),
                  C.cols((56, '1'), (80, items[0][0]), (-400, '48 шт'), (-470, '8 590,00'), (-539, C.money(total, 'ru')), size=9), '',
                  C.cols((300, 'Итого:'), (-539, C.money(total, 'ru')), bold=True, size=10),
                  C.cols((300, 'В том числе НДС 22%:'), (-539, C.money(vat, 'ru')), size=9), '',
                  'Оплатить не позднее 20.12.2026. Оплата данного счёта означает согласие с условиями поставки товара.', ''] + BANK_LINES
    data = C.pdf_doc(AT_HEAD, body_lines,
                     meta=dict(title='Счёт 4417', creator='1С:Предприятие 8.3', producer='1С:Предприятие 8.3', date="D:20261210094402+03'00'"))
    text = """Наталья Викторовна, добрый день!

Направляем счёт № 4417 от 10.12.2026 на зимние шины Ikon Autograph Snow 3 205/55 R16 (48 шт.) по заявке Сергея Николаевича от 08.12.

Сумма %s руб., в т.ч. НДС 22%% %s руб. Срок оплаты до 20.12.2026, реквизиты без изменений. Отгрузка - после поступления оплаты, УПД направим через Диадок.

С уважением,
Ирина Смирнова
бухгалтер ООО «АвтоТрейд»
+7 (495) 118-44-17""" % (C.money(total, 'ru'), C.money(vat, 'ru'))
    body = mixed(alt(plain(text, 'utf-8', 'base64'), html(C.simple_html(text), 'utf-8', 'base64')),
                 attachment('application/pdf', 'Счёт_4417_от_10.12.2026.pdf', data))
    return Msg('avtotrade-schet-shiny', ('Ирина Смирнова', 'i.smirnova@avtotrade-msk.ru'), [S('ru_acc')],
               'Счёт № 4417 от 10.12.2026 - ООО «АвтоТрейд»', (2026, 12, 10, 10, 2, 0), body, I.yandex,
               infra_kw=dict(web=True), hcs='utf-8', henc='B',
               what='Genuine supplier invoice (счёт на оплату) for winter tyres with full Russian bank details.',
               why='Known supplier via Yandex 360 webmail; refers to the manager\'s order; unchanged bank details (valid BIK 044525225 / corr. account / '
                   'settlement account control key); PDF from 1C; delivery documents via EDI.',
               hard_neg=[('akt-sverki-zip-lnk', 'supplier accounting document from a Russian company')])


def messages():
    return [b37(), b38(), b39(), b40()]
