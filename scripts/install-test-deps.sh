#!/usr/bin/env bash
# Installs the real servers and clients the tests drive (Debian packages). Idempotent; needs root.
set -euo pipefail
# swaks needs Net::SSLeay and IO::Socket::SSL for --tls (recommended packages are not installed)
PKGS=(redis-server clamav-daemon dnsmasq-base slapd ldap-utils swaks libnet-ssleay-perl libio-socket-ssl-perl postfix chromium bogofilter docker-compose python3 zip genisoimage libarchive-tools python3-xlwt python3-xlrd clamav-testfiles 7zip qpdf poppler-utils qrencode netpbm libjpeg-turbo-progs img2pdf zbar-tools xz-utils webp tinyproxy pandoc python3-openpyxl python3-xlsxwriter)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # postfix: only its smtp-source/smtp-sink tools are used; keep it unconfigured and stopped
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The packaged daemons must not hold the ports or files the tests use: tests start their own instances.
for svc in redis-server clamav-daemon clamav-freshclam slapd postfix tinyproxy; do
  (command -v systemctl >/dev/null && systemctl stop "$svc" 2>/dev/null) || service "$svc" stop >/dev/null 2>&1 || true
done
