# -*- coding: utf-8 -*-
"""business/ 37-40 (Russian)."""
from .common import *


def labsnab():
    return Yandex(domain='labsnab.ru')


# ---------------------------------------------------------------------------------------------- 37
@msg('business', '37-ru-labsnab-schet-qr-st00012')
def _(m):
    m.when = ('2026-11-02 14:16:39', 'RU')
    m.frm = ('Бухгалтерия ЛабСнаб', 'buh@labsnab.ru')
    m.to = [P('olga.ivanova')]
    m.cc = [('Дмитрий Соколов', 'd.sokolov@labsnab.ru')]
    m.subject = 'Счёт на оплату № 2187 от 02.11.2026'
    m.system = labsnab()
    L = LABSNAB
    st = ('ST00012|Name=ООО «ЛабСнаб»|PersonalAcc=%s|BankName=ПАО Сбербанк|BIC=%s|CorrespAcc=%s|PayeeINN=%s|KPP=%s'
          '|Sum=18436000|Purpose=Оплата по счёту № 2187 от 02.11.2026, в т.ч. НДС 22%% 33245-25'
          % (L['acct'], L['bik'], L['corr'], L['inn'], L['kpp']))
    pdf = letter_pdf(m, 'ЛабСнаб', ['ООО «ЛабСнаб» · 197022, г. Санкт-Петербург, ул. Профессора Попова, д. 23, лит. В',
                                    'ИНН %s · КПП %s · тел. +7 812 407-18-60' % (L['inn'], L['kpp'])],
                     ['Покупатель: ООО «Экзампл Груп Диагностика»', 'ИНН %s, КПП %s' % (ENT['RU']['ids'][0][1], ENT['RU']['ids'][1][1]),
                      '199178, г. Санкт-Петербург, Малый пр. В.О., д. 54, корп. 3'],
                     '02.11.2026', 'Счёт на оплату № 2187 от 02.11.2026',
                     ['Получатель: ООО «ЛабСнаб», р/с %s в ПАО Сбербанк, БИК %s, к/с %s' % (L['acct'], L['bik'], L['corr']),
                      'Основание: договор поставки № 14/2025 от 20.01.2025'],
                     table=(['№', 'Товар', 'Кол-во', 'Цена, руб.', 'Сумма, руб.'],
                            [['1', 'Пробирки вакуумные с активатором и гелем 5 мл, уп. 100', '60', '1 420,00', '85 200,00'],
                             ['2', 'Наконечники 200 мкл с фильтром, уп. 960', '24', '2 890,00', '69 360,00'],
                             ['3', 'Контейнеры для биоматериала 60 мл, стерильные, уп. 100', '20', '1 490,00', '29 800,00'],
                             ['', '', '', 'В т.ч. НДС 22%', '33 245,25'],
                             ('**', '', '', '', 'Итого к оплате', '184 360,00')],
                            [46, 70, 380, 465, 552], ['l', 'l', 'r', 'r', 'r']),
                     qr_payload=st, qr_caption=['QR-код для оплаты', '(ГОСТ Р 56042-2014)', 'Сумма: 184 360,00 руб.'],
                     qr_where='PDF image (ST00012 payment QR)',
                     sign=['Счёт действителен к оплате в течение 10 банковских дней.', '',
                           'Руководитель ________ А. В. Кузнецов    Главный бухгалтер ________ Е. Н. Орлова'],
                     producer='1С:Предприятие 8.3', creator='1С:Бухгалтерия 3.0', author='ЛабСнаб',
                     color=(0.1, 0.45, 0.35), minutes_before=8)
    html = ('<div>Ольга, добрый день!</div><div>&nbsp;</div><div>Направляем счёт № 2187 от 02.11.2026 на оплату '
            'поставки по заявке от 28.10. Поставка — после поступления оплаты, ориентировочно 10–11 ноября.</div>'
            '<div>&nbsp;</div><div>Реквизиты без изменений (ПАО Сбербанк), для оплаты можно использовать QR-код в счёте.</div>'
            '<div>&nbsp;</div><div>--&nbsp;</div><div>С уважением,</div><div>Елена Орлова</div><div>главный бухгалтер '
            'ООО «ЛабСнаб»</div><div>тел. +7 812 407-18-60</div>\n')
    m.root = mixed(m.rng, 'yandex', [html_part(html, charset='utf-8', cte='8bit'),
                                     attachment(pdf, 'application/pdf', 'Счет_2187_от_02.11.2026.pdf')])
    m.fact('account', L['acct'], 'ЛабСнаб р/с (Sberbank)')
    m.hard_negative_of = (['37-ru-labsnab-lookalike-smena-rekvizitov'],
                          'The real invoice № 2187 the fraudster later referenced: labsnab.ru via Yandex 360, Sberbank account '
                          'unchanged, ST00012 QR with the same details.')
    m.what = 'Genuine supplier invoice (счёт) with a ГОСТ Р 56042 ST00012 payment QR code in the PDF.'
    m.why = ('labsnab.ru via Yandex 360 (DKIM d=labsnab.ru); details match the contract; QR payload equals the printed '
             'bank details; VAT at the 2026 rate of 22 %.')


# ---------------------------------------------------------------------------------------------- 38
@msg('business', '38-ru-diadok-upd-postuplenie')
def _(m):
    m.when = ('2026-11-09 16:05:52', 'RU')
    m.frm = ('Контур.Диадок', 'noreply@diadoc.ru')
    m.to = [P('olga.ivanova')]
    m.subject = 'Вам поступил документ от ООО «ЛабСнаб»: УПД № 2187 от 09.11.2026'
    m.system = PostfixRelay(host='smtp-out12.skbkontur.ru', ip='192.0.2.160', domain='diadoc.ru', zone='RU', client='app',
                            app_host='diadoc-notify07.kontur.local', app_ip='10.31.64.7', dkim_sel='diadoc2026')
    link = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s' % (ruuid(m.rng), ruuid(m.rng))
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;font-size:20px;color:#1f87ef">'
            'Диадок</td></tr><tr><td>'
            '<p>В Диадок поступил новый документ для организации <b>ООО «Экзампл Груп Диагностика»</b>.</p>'
            '<table cellpadding="4" style="font-size:14px"><tr><td>Отправитель:</td><td>ООО «ЛабСнаб», ИНН %s</td></tr>'
            '<tr><td>Документ:</td><td>УПД (счёт-фактура и документ об отгрузке) № 2187 от 09.11.2026</td></tr>'
            '<tr><td>Сумма:</td><td>184 360,00 ₽, в т.ч. НДС 33 245,25 ₽</td></tr>'
            '<tr><td>Требуется:</td><td>подпись получателя</td></tr></table>'
            '<p><a href="%s" style="color:#1f87ef">Открыть документ в Диадоке</a></p>'
            '<p style="font-size:12px;color:#777">Вы получили это письмо, потому что подписаны на уведомления о входящих '
            'документах. Настроить уведомления можно в профиле пользователя Диадока.<br>АО «ПФ «СКБ Контур», '
            'оператор ЭДО.</p></td></tr></table></body></html>\n') % (LABSNAB['inn'], link)
    m.root = alt(m.rng, html2text(html), html, 'java', charset='UTF-8', cte='base64')
    m.hard_negative_of = (['38-ru-fns-trebovanie-zip-parol', '39-ru-sberbusiness-sertifikat-phishing'],
                          'Notification from the EDO operator actually used by the company; link to diadoc.kontur.ru where '
                          'the user is already authenticated with a certificate; no attachment.')
    m.what = 'Genuine EDO notification (Kontur.Diadok): incoming УПД from the supplier waiting for signature.'
    m.why = ('Kontur\'s outbound relay with diadoc.ru DKIM; document and amount match the invoice in business/37; link '
             'to the known EDO service.')


# ---------------------------------------------------------------------------------------------- 39
@msg('business', '39-ru-interno-prazdniki-grafik')
def _(m):
    m.when = ('2026-12-16 11:25:04', 'RU')
    m.frm = P('anna.smirnova')
    m.to = [P('olga.ivanova')]
    m.subject = 'График работы офиса и вывоза проб на новогодние праздники'
    m.system = internal(lang_accept='ru-RU, en-US', lang_content='ru-RU', client_ip='10.80.1.22')
    m.hdr_charset = 'koi8-r'
    m.hdr_enc = 'B'
    text = ('Ольга, добрый день!\n\n'
            'Согласовала с Heidelberg график на праздники:\n\n'
            '- 30 декабря офис работает до 14:00, последний вывоз проб курьером в 12:30 (31 декабря - выходной);\n'
            '- с 1 по 10 января офис закрыт, дежурный лаборант принимает пробы 3 и 6 января с 9:00 до 13:00;\n'
            '- с 11 января работаем в обычном режиме.\n\n'
            'Просьба до 25 декабря закрыть авансовые отчёты за декабрь и передать мне оригиналы чеков по такси и '
            'курьерам. Оплату клининговой компании за декабрь проводим как обычно через 1С по договору, счёт уже '
            'загружен.\n\n'
            'Ключи от архива оставлю у охраны, журнал выдачи - на посту.\n\n'
            'Спасибо!\nАнна\n\n'
            'Анна Смирнова\nофис-менеджер\nООО "Экзампл Груп Диагностика", Санкт-Петербург\n')
    html = outlook_html(text, lang='RU', charset='koi8-r')
    m.root = alt(m.rng, text, html, 'outlook', charset='koi8-r', cte='quoted-printable', server='EXCH02corpexamplecom')
    m.what = 'Genuine internal note (KOI8-R) from the Saint Petersburg office manager about the New Year schedule and expenses.'
    m.why = ('Internal Exchange → mail-int01 path; routine office information; payments only via the usual 1C process.')


# ---------------------------------------------------------------------------------------------- 40
@msg('business', '40-ru-labsnab-dopsoglashenie-docx')
def _(m):
    m.when = ('2026-12-04 10:48:30', 'RU')
    m.frm = ('Дмитрий Соколов', 'd.sokolov@labsnab.ru')
    m.to = [P('olga.ivanova')]
    m.cc = [P('anna.smirnova')]
    m.subject = 'Доп. соглашение № 3 к договору поставки № 14/2025 (цены на 2027 год)'
    m.system = labsnab()
    docx = make_docx([('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 3', 'b'), ('к договору поставки № 14/2025 от 20.01.2025', 'b'),
                      'г. Санкт-Петербург                                                        «___» декабря 2026 г.',
                      'ООО «ЛабСнаб» (Поставщик), в лице генерального директора Кузнецова А. В., и ООО «Экзампл Груп '
                      'Диагностика» (Покупатель), в лице генерального директора, заключили настоящее дополнительное '
                      'соглашение о нижеследующем:',
                      '1. С 01.01.2027 цены на товары определяются Спецификацией № 3 (Приложение 1). Рост цен по '
                      'основным позициям не превышает 6 %.',
                      '2. Срок действия договора продлевается до 31.12.2027.',
                      '3. Банковские реквизиты Поставщика не изменяются: р/с %s в ПАО Сбербанк, БИК %s, к/с %s.' % (
                          LABSNAB['acct'], LABSNAB['bik'], LABSNAB['corr']),
                      '4. Остальные условия договора остаются без изменений.',
                      'Поставщик: ______________ / Кузнецов А. В.',
                      'Покупатель: ______________ / ____________'],
                     zdt(m, 120), title='Доп. соглашение № 3', author='Соколов Д.', created='2026-12-04T06:10:00Z')
    html = ('<div>Ольга, добрый день!</div><div>&nbsp;</div><div>Как договаривались по телефону, направляю проект '
            'дополнительного соглашения № 3 с ценами на 2027 год (Word). Если замечаний нет — подпишем через Диадок, '
            'я отправлю его туда на следующей неделе.</div><div>&nbsp;</div><div>Реквизиты у нас прежние.</div>'
            '<div>&nbsp;</div><div>--&nbsp;</div><div>С уважением,</div><div>Дмитрий Соколов</div>'
            '<div>менеджер отдела продаж ООО «ЛабСнаб»</div><div>+7 812 407-18-64</div>\n')
    m.root = mixed(m.rng, 'yandex', [html_part(html, charset='utf-8', cte='quoted-printable'),
                                     attachment(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                                                'ДС_3_к_договору_14-2025.docx')])
    m.fact('account', LABSNAB['acct'], 'unchanged Sberbank account')
    m.what = 'Genuine contract addendum draft (DOCX) from the Russian supplier, to be signed through EDO.'
    m.why = ('labsnab.ru via Yandex 360, agreed by phone beforehand, states that bank details are unchanged, plain DOCX '
             'without macros; signing through the EDO operator.')
