"""attack/ 37-40 (Russian)."""
from lib import docs, ids, mime, profiles as P, styles as ST, when, zipx
from . import msg
from .common import at, staff, cp, outlook, ZIP_MIME


@msg('attack', 37, 'ru', 'fns-trebovanie-zip-scr',
     'Fake Federal Tax Service (ФНС) "requirement to provide explanations" with a ZIP attachment containing a double-extension screensaver executable (.pdf.scr)',
     'ФНС sends requirements only through the accredited EDI operator (Контур.Экстерн), never as e-mail with ZIP; sender domain nalog-uvedomlenie.ru on a rented Exim server, windows-1251 body, 5-day threat with account blocking; the archive holds Требование_...pdf.scr.',
     hn='business/37')
def a37(m):
    at(m, 'RU', 2026, 10, 13, 9, 22)
    m.frm = ('ИФНС России № 15 по г. Санкт-Петербургу', 'trebovanie@nalog-uvedomlenie.ru')
    m.to = [('Дмитрий Волков', 'dmitry.volkov@example.com')]
    m.subject = 'Требование о представлении пояснений № 18-27/14582 от 12.10.2026'
    m.hcs = ('windows-1251', 'B')
    body = ('Уважаемый налогоплательщик!\n\n'
            'Инспекция Федеральной налоговой службы № 15 по г. Санкт-Петербургу в ходе камеральной налоговой проверки налоговой декларации по НДС '
            'за 3 квартал 2026 года ООО «ЭКЗАМПЛ РУС» (ИНН 7842190362) выявила расхождения сведений об операциях (код ошибки 1).\n\n'
            'В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение пяти рабочих дней представить пояснения или внести исправления '
            'в налоговую декларацию. Текст требования и перечень расхождений находятся во вложении.\n\n'
            'Непредставление пояснений является основанием для приостановления операций по счетам в банке (п. 3 ст. 76 НК РФ).\n\n'
            'Начальник отдела камеральных проверок № 2\nИФНС России № 15 по г. Санкт-Петербургу')
    inner = ('INERT PLACEHOLDER - stands for "Требование_о_представлении_пояснений_18-27_14582.pdf.scr", a screensaver executable '
             'with a PDF icon that drops a remote-access trojan. No executable content.\r\n').encode('utf-8')
    z = zipx.build([('Требование_о_представлении_пояснений_18-27_14582.pdf.scr', inner, (2026, 10, 13, 8, 55, 2))])
    m.root = mime.multipart('mixed', [mime.text(body + '\n', 'plain', 'windows-1251', 'base64'),
                                      mime.attachment('application/zip', z, 'Требование_18-27_14582.zip', fname_style=('windows-1251', 'B'))],
                            '----=_Part_%d' % m.rng.randint(10 ** 8, 10 ** 9))
    P.exim_cpanel(m, 'vm3417.hosting-vds.ru', '45.87.153.204', auth_user='trebovanie@nalog-uvedomlenie.ru', client=('194.26.29.102', 60214, '[10.0.2.15]'),
                  zone='RU', dkim=('nalog-uvedomlenie.ru', 'mail'), mailer='The Bat! (v10.5.3) Professional')
    m.auth = dict(m.auth, dmarc='none')


@msg('attack', 38, 'ru', 'nevsky-compromised-yandex-disk',
     'From the compromised Yandex 360 mailbox of a real customer (Чайный дом «Невский»): "reconciliation statement for 9 months" as a Yandex Disk link that leads to a fake login',
     'Genuine customer domain and Yandex DKIM pass, but the reconciliation act is normally sent as an XLSX from the accounting mailbox, here it is a Yandex Disk link from the purchaser, with a generic text and request to "log in with corporate mail to view"; the Disk file is a phishing page/PDF.',
     hn='business/38')
def a38(m):
    at(m, 'RU', 2026, 10, 29, 7, 3)
    m.frm = cp('ООО «Чайный', 0)
    m.to = [('Ольга Смирнова', 'olga.smirnova@example.com')]
    m.cc = [('Дмитрий Волков', 'dmitry.volkov@example.com')]
    m.subject = 'Акт сверки за 9 месяцев 2026 г. - просьба подписать'
    link = m.url('https://disk.yandex.ru/d/%s' % m.alnum(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), 'real Yandex Disk link to phishing document')
    m.phone('+7 812 336 45 10', 'Nevsky (copied signature)')
    body = ('Добрый день!\n\nНаправляем акт сверки взаимных расчётов за 9 месяцев 2026 г. Документ размещён на Яндекс Диске, для просмотра '
            'необходимо авторизоваться под корпоративной почтой:\n\n%s\n\n'
            'Просьба подписать и вернуть до конца недели.\n\n--\nС уважением,\nАнна Кузнецова\nОтдел закупок\nООО «Чайный дом «Невский»\n'
            'тел. +7 812 336 45 10' % link)
    h = '<div>' + ''.join('<div>%s</div>' % (ST.inline_html(l) if l else '&nbsp;') for l in body.split('\n')) + '</div>'
    m.root = mime.multipart('alternative', [mime.text(body + '\n', 'plain', 'utf-8', 'base64'), mime.text(h, 'html', 'utf-8', 'base64')],
                            '----==%s' % m.b64(22))
    P.yandex360(m, 'nevsky-tea.ru', '37.99.81.204')
    m.auth = dict(m.auth, dmarc='none')


@msg('attack', 39, 'ru', 'kep-sertifikat-istekaet-sendpulse',
     'Fake certification-authority notice: "your qualified electronic signature certificate expires in 3 days - renew online", sent through SendPulse, link to a page collecting passport data, INN and SMS codes',
     'Sent via the bulk service SendPulse for uc-prodlenie-kep.ru (not the company\'s CA); the certificate "details" are generic; CAs never renew a qualified certificate through a web form without identification; pressure (blocking of EDI and bank).',
     hn='business/39')
def a39(m):
    at(m, 'RU', 2026, 12, 2, 10, 40)
    m.frm = ('Удостоверяющий центр', 'info@uc-prodlenie-kep.ru')
    m.to = [('Дмитрий Волков', 'dmitry.volkov@example.com')]
    m.subject = 'Срок действия сертификата электронной подписи истекает 05.12.2026'
    link = m.url('https://uc-prodlenie-kep.ru/prodlenie?inn=7842190362&sn=%s' % m.hex(16), 'fake renewal page')
    unsub = m.url('https://sendpulse.com/ru/unsubscribe?hash=%s' % m.hex(32), 'SendPulse unsubscribe')
    paras = ['Здравствуйте!',
             'Срок действия квалифицированного сертификата электронной подписи сотрудника организации ООО «ЭКЗАМПЛ РУС» (ИНН 7842190362) '
             'истекает **05.12.2026**.',
             'После окончания срока действия будет невозможно подписывать документы в системах ЭДО, отчётность в ФНС и СФР, а также '
             'подтверждать платежи в интернет-банке.',
             'Продлите сертификат онлайн за 15 минут без посещения офиса: заполните заявку и подтвердите её кодом из SMS.',
             'С уважением,\nУдостоверяющий центр']
    h = ST.newsletter('УЦ', '#1b5e9e', 'Продлите сертификат электронной подписи', paras, button=('Продлить сертификат', link),
                      footer='Вы получили это письмо как пользователь сертификата ЭП. [[Отписаться|%s]]' % unsub, logo_text='Удостоверяющий центр', lang='ru')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_NextPart_%s' % m.hex(24), charset='utf-8', cte='base64')
    P.sendpulse(m, 'uc-prodlenie-kep.ru')
    m.auth = dict(m.auth, dmarc='none')


@msg('attack', 40, 'ru', 'diadoc-fake-schet-faktura-bitrix',
     'Fake "Kontur.Diadoc" notification about an incoming invoice (счёт-фактура) with a download link to a RAR archive, sent by PHP mail() from a hacked 1C-Bitrix site',
     'Display name Контур.Диадок but envelope and DKIM of an unrelated shop (stroymarket-vyborg.ru), Bitrix PHP script header, link to diadok-kontur.ru (look-alike) serving a .rar; Diadoc links point to diadoc.kontur.ru and documents are opened inside the service.',
     hn='business/40')
def a40(m):
    at(m, 'RU', 2026, 11, 30, 16, 55)
    m.frm = ('Контур.Диадок', 'noreply@stroymarket-vyborg.ru')
    m.to = [('Дмитрий Волков', 'dmitry.volkov@example.com')]
    m.subject = 'Вам поступил документ от ООО «ТД Северная Пальмира»: Счёт-фактура № 1187 от 28.11.2026'
    m.hcs = ('windows-1251', 'B')
    link = m.url('https://diadok-kontur.ru/Documents/Download?boxId=%s&docId=%s&name=Schet-faktura_1187.rar' % (m.guid(), m.guid()), 'look-alike Diadoc download (RAR with loader)')
    body = ('Здравствуйте!\n\nВ ящик организации ООО «ЭКЗАМПЛ РУС» поступил новый документ, требующий подписи:\n\n'
            'Отправитель: ООО «ТД Северная Пальмира» (ИНН 7814521093)\nДокумент: Счёт-фактура № 1187 от 28.11.2026\nСумма: 187 450,00 руб., в т.ч. НДС 20%%\n\n'
            'Скачать документ для ознакомления:\n%s\n\n'
            'Документ необходимо подписать или отклонить в течение 5 рабочих дней.\n\nКонтур.Диадок\nЭто письмо сформировано автоматически.' % link)
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><div style="color:#fff;background:#ff5a00;padding:12px 18px;font-size:18px">Контур.Диадок</div>'
         + ''.join('<p>%s</p>' % ST.inline_html(p).replace('\n', '<br>') for p in body.replace(link, '[[Скачать документ|%s]]' % link).split('\n\n')) + '</body></html>')
    m.root = mime.multipart('alternative', [mime.text(body + '\n', 'plain', 'windows-1251', '8bit'), mime.text(h, 'html', 'windows-1251', 'quoted-printable')],
                            '------------%s' % m.hex(16).upper())
    m.env_from = 'bitrix@stroymarket-vyborg.ru'
    P.exim_cpanel(m, 'vds52110.timeweb.ru', '185.114.247.36', php_script='stroymarket-vyborg.ru/bitrix/modules/main/tools/mail_send.php for 91.240.118.172',
                  zone='RU', cpanel_user='bitrix', uid=(1001, 1001), dkim=('stroymarket-vyborg.ru', 'dkim'))
    m.auth = dict(m.auth, dmarc='none')
