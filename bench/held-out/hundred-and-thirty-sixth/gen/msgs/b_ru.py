"""business/ 37-40 (Russian)."""
from lib import docs, ids, mime, ooxml, profiles as P, styles as ST, when
from lib.world import RU_BANK
from . import msg
from .common import at, staff, cp, outlook, XLSX_MIME

BTE_BIK = '044030786'
BTE_ACC = ids.ru_account(BTE_BIK, '40702810432000018204')
BTE_CORR = ids.ru_corr_account(BTE_BIK, '30101810000000000786')


@msg('business', 37, 'ru', 'intern-trebovanie-fns-cherez-edo',
     'Internal (KOI8-R Outlook): the Russian accountant tells the office manager and the CFO that a real tax-office requirement arrived through the EDI operator and has been answered',
     'Internal Exchange via mail-int01; describes the genuine channel (Контур.Экстерн, receipt sent within 6 days) and warns that requirements never come by e-mail with archives - same topic as the fake ФНС mail.')
def b37(m):
    at(m, 'RU', 2026, 10, 14, 11, 48)
    m.frm = ('Дмитрий Волков', 'dmitry.volkov@example.com')
    m.to = [('Ольга Смирнова', 'olga.smirnova@example.com')]
    m.cc = [staff('katrin')]
    m.subject = 'Требование ИФНС по НДС за 3 кв. - ответ направлен'
    m.hcs = ('koi8-r', 'B')
    body = ('Ольга, добрый день!\n\n'
            'Для информации: вчера через Контур.Экстерн пришло требование ИФНС N 15 о пояснениях к декларации по НДС за 3 квартал '
            '(расхождение по одному счету-фактуре поставщика упаковки, он отразил его в другом квартале). Квитанцию о приеме я отправил в тот же день, '
            'пояснения направил сегодня, копия в папке Бухгалтерия\\ФНС\\2026.\n\n'
            'Katrin, FYI: a routine VAT query from the tax office, answered within the deadline, no additional tax.\n\n'
            'Важно: в эти же дни приходят поддельные письма "от ФНС" с архивами во вложении. Настоящие требования приходят только через '
            'оператора ЭДО, никогда по обычной почте. Если увидишь такое письмо - не открывай вложение и перешли его на security@example.com.\n\n'
            'С уважением,\nДмитрий Волков\nГлавный бухгалтер\nООО "Экзампл Рус"\nтел. +7 812 407 21 36')
    m.phone('+7 812 407 21 36', 'Dmitry Volkov')
    outlook(m, body, 'RU', 'koi8-r', system='exch', cte='base64')
    P.exchange_internal(m, origin_ip='10.80.1.21', lang='ru-RU')


@msg('business', 38, 'ru', 'nevsky-akt-sverki-xlsx',
     'The customer\'s accounting sends the reconciliation statement (акт сверки) for 9 months of 2026 as an XLSX from buh@nevsky-tea.ru',
     'Known customer, accounting mailbox on Yandex 360 (DKIM nevsky-tea.ru), quarterly routine, concrete document numbers and balances in a spreadsheet; no links.')
def b38(m):
    at(m, 'RU', 2026, 10, 9, 14, 20)
    m.frm = ('Бухгалтерия ЧД Невский', 'buh@nevsky-tea.ru')
    m.to = [('Дмитрий Волков', 'dmitry.volkov@example.com')]
    m.subject = 'Акт сверки за 9 месяцев 2026 г.'
    m.phone('+7 812 336 45 12', 'Nevsky accounting')
    body = ('Дмитрий, добрый день!\n\nВо вложении акт сверки взаимных расчетов за период 01.01.2026 - 30.09.2026. По нашим данным задолженность '
            'в пользу ООО «Экзампл Рус» на 30.09.2026 составляет 1 284 360,00 руб. (отгрузки сентября, срок оплаты по договору - 45 дней).\n\n'
            'Если расхождений нет, подпишите, пожалуйста, через Диадок - акт отправим туда же сегодня.\n\n'
            'С уважением,\nГлавный бухгалтер\nИрина Белова\nООО «Чайный дом «Невский»\nтел. +7 812 336 45 12')
    rows = [[('Дата', 1), ('Документ', 1), ('Дебет, руб.', 1), ('Кредит, руб.', 1)],
            ['01.01.2026', 'Сальдо начальное', (0.0, 2), (612400.0, 2)],
            ['14.02.2026', 'Оплата, п/п 218', (612400.0, 2), None],
            ['03.04.2026', 'Поступление (УПД 0412)', None, (846720.0, 2)],
            ['19.05.2026', 'Оплата, п/п 611', (846720.0, 2), None],
            ['08.07.2026', 'Поступление (УПД 0733)', None, (938150.0, 2)],
            ['22.08.2026', 'Оплата, п/п 1004', (938150.0, 2), None],
            ['11.09.2026', 'Поступление (УПД 0918)', None, (702480.0, 2)],
            ['25.09.2026', 'Поступление (УПД 0951)', None, (581880.0, 2)],
            ['', 'Обороты за период', (2397270.0, 2), (3069230.0, 2)],
            ['30.09.2026', 'Сальдо конечное (в пользу ООО «Экзампл Рус»)', None, (1284360.0, 2)]]
    xl = ooxml.xlsx([('Акт сверки', rows)], author='Белова И.', company='ООО «Чайный дом «Невский»', title='Акт сверки 9 мес. 2026',
                    created='2026-10-09T10:55:00Z', dt=(2026, 10, 9, 13, 55, 0), widths=[12, 46, 16, 16])
    m.root = mime.multipart('mixed', [
        mime.multipart('alternative', [mime.text(body + '\n', 'plain', 'utf-8', 'base64'),
                                       mime.text('<div>' + ''.join('<div>%s</div>' % (ST.inline_html(l) if l else '&nbsp;') for l in body.split('\n')) + '</div>', 'html', 'utf-8', 'base64')],
                           '----==%s' % m.b64(22)),
        mime.attachment(XLSX_MIME, xl, 'Акт сверки 9 мес 2026 Экзампл Рус.xlsx', fname_style=('utf-8', 'B'))], '----==%s' % m.b64(22))
    P.yandex360(m, 'nevsky-tea.ru', '95.161.224.18')
    m.auth = dict(m.auth, dmarc='none')


@msg('business', 39, 'ru', 'kontur-uc-sertifikat-istekaet',
     'Genuine reminder from SKB Kontur\'s certification authority that an employee\'s signature certificate expires on 18.12.2026, renewal through the customer\'s Kontur account and identity check',
     'From kontur.ru via Kontur\'s mail servers (DKIM kontur.ru), names the certificate holder and serial, points to the customer cabinet on kontur.ru and to an in-person/biometric identity check - no data entry via the mail.')
def b39(m):
    at(m, 'RU', 2026, 11, 18, 9, 5)
    m.frm = ('Контур.Удостоверяющий центр', 'ca@kontur.ru')
    m.to = [('Дмитрий Волков', 'dmitry.volkov@example.com')]
    m.subject = 'Срок действия сертификата Волков Д. А. истекает 18.12.2026'
    cab = m.url('https://ca.kontur.ru/lk/certificates?utm_source=email&utm_medium=reminder', 'Kontur CA customer cabinet')
    help_ = m.url('https://support.kontur.ru/ca', 'Kontur CA help')
    m.phone('8 800 500-05-08', 'Kontur hotline')
    paras = ['Здравствуйте, Дмитрий Александрович!',
             'Через 30 дней, **18.12.2026**, истекает срок действия сертификата электронной подписи:',
             'Владелец: Волков Дмитрий Александрович\nОрганизация: ООО "ЭКЗАМПЛ РУС", ИНН 7842190362\nСерийный номер: 01DA5C3F%s\nИспользуется: Контур.Экстерн, Контур.Диадок' % m.hex(24).upper(),
             'Чтобы выпустить новый сертификат, оформите заявку в личном кабинете. Для подтверждения личности потребуется визит в пункт выдачи '
             'с паспортом или подтверждение через Госуслуги/биометрию. Мы никогда не просим прислать паспортные данные или коды из SMS по почте.',
             'Вопросы: 8 800 500-05-08 или [[центр поддержки|%s]].' % help_,
             'С уважением,\nУдостоверяющий центр СКБ Контур']
    h = ST.newsletter('Контур', '#0f5fa6', 'Сертификат электронной подписи скоро истечёт', paras, button=('Перейти в личный кабинет', cab),
                      footer='АО «ПФ «СКБ Контур», 620144, Екатеринбург, ул. Народной Воли, 19а\nВы получили это письмо как владелец сертификата.',
                      logo_text='Контур.Удостоверяющий центр', lang='ru')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000)),
                         charset='utf-8', cte='base64')
    P.postfix_server(m, 'mx-out3.kontur.ru', '46.17.206.43', dkim=('kontur.ru', 'mail'), zone='RU',
                     submit_from=('ca-notify02.kontur.ru', '10.34.12.8'), msgid_dom='kontur.ru')


@msg('business', 40, 'ru', 'diadoc-schet-faktura-ekspeditor',
     'Genuine Kontur.Diadoc notification: a new invoice from the company\'s freight forwarder in St Petersburg, with the forwarder\'s bank requisites in the summary',
     'From Diadoc\'s own domain via Kontur mail servers, the counterparty is a known forwarder, the link goes to diadoc.kontur.ru where the document is viewed and signed - no downloads; settlement account and BIK are consistent (control key valid).')
def b40(m):
    at(m, 'RU', 2026, 12, 1, 12, 31)
    m.frm = ('Контур.Диадок', 'noreply@diadoc.ru')
    m.to = [('Дмитрий Волков', 'dmitry.volkov@example.com')]
    m.subject = 'Новый документ от ООО «Балтийская транспортная экспедиция»: счёт-фактура № 2214 от 30.11.2026'
    link = m.url('https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s' % (m.guid(), m.guid(), m.guid()), 'Diadoc document view')
    sett = m.url('https://diadoc.kontur.ru/Settings/Notifications', 'Diadoc notification settings')
    m.fact('account', 'р/с %s' % BTE_ACC, 'БИК %s - Baltic Transport Expedition settlement account (key valid)' % BTE_BIK)
    m.fact('account', 'к/с %s' % BTE_CORR, 'БИК %s - correspondent account (key valid)' % BTE_BIK)
    paras = ['Здравствуйте!',
             'В ящик ООО "ЭКЗАМПЛ РУС" поступил документ от ООО «Балтийская транспортная экспедиция» (ИНН 7805213470):',
             'Счёт-фактура № 2214 от 30.11.2026 на сумму 96 000,00 руб., в т.ч. НДС 16 000,00 руб.\nОснование: договор транспортной экспедиции № 17/24 от 15.01.2024\n'
             'Реквизиты для оплаты: р/с %s, к/с %s, БИК %s' % (BTE_ACC, BTE_CORR, BTE_BIK),
             'Чтобы просмотреть и подписать документ, откройте его в Диадоке.',
             'Контур.Диадок']
    h = ST.newsletter('Диадок', '#ff5a00', 'Новый документ', paras, button=('Открыть документ', link),
                      footer='Изменить настройки уведомлений: [[Настройки|%s]]\nАО «ПФ «СКБ Контур»' % sett, logo_text='Контур.Диадок', lang='ru')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000)),
                         charset='utf-8', cte='base64')
    P.postfix_server(m, 'mx-out1.kontur.ru', '46.17.206.41', dkim=('diadoc.ru', 'mail'), zone='RU',
                     submit_from=('diadoc-notify01.kontur.ru', '10.34.12.21'), msgid_dom='diadoc.ru')
