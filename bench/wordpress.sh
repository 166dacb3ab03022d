# shellcheck shell=bash
# The WordPress peer of bench/run.sh --wordpress (issue 20): sourced by run.sh, not run on its own. It uses run.sh's
# WORK, PIDS, JPID, ROOT, SCRIPT_DIR, UA, free_port, wait_up and need_packages, and adds:
#
#   wp_packages   installs Debian's wordpress (with its theme twentytwentythree), php-fpm (opcache is a dependency),
#                 php-mysql, php-mbstring, php-xml and mariadb-server if missing; apt-get does not start their
#                 services where a policy-rc.d forbids it (containers), and where it does not, the system's own
#                 MariaDB and php-fpm are simply not used
#   wp_start SLUG starts, each pinned to core 0 with `taskset -c 0` and in the foreground (so that run.sh knows
#                 its pid and its clean-up stops it): a MariaDB of its own (datadir and socket in $WORK/wp, no TCP),
#                 a php-fpm pool of its own (pm static, 5 workers as many as Debian's default pool may have,
#                 opcache on) and an nginx of its own that serves /usr/share/wordpress through FastCGI on
#                 127.0.0.1; installs WordPress (wp_install() through the php CLI) and 2,000 published posts;
#                 sets WP_PORT, WP_POST (the path of the post whose slug is SLUG, else of the newest post),
#                 JPID[wpdb], JPID[wpfpm], JPID[wpnginx]
#   wp_drain      waits until php-fpm has finished the requests a stopped wrk left behind, and counts the
#                 requests php-fpm accepted
#   wp_server_pids  the processes whose CPU time counts as server "wordpress"
#   wp_cleanup    removes the host configuration of this run from /etc/wordpress (run.sh's clean-up calls it)
#
# Configuration: Debian's /usr/share/wordpress/wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php when
# the web server passes WORDPRESS_CONFIG (README.Debian), so this run writes config-lantoa-bench-<suffix of
# $WORK>.php and its nginx passes that name: nothing of another WordPress on the machine is read or changed.
# Debian's WP_CONTENT_DIR (/var/lib/wordpress/wp-content) is used as it is; nothing is written there.
# In the configuration: WP-Cron off (DISABLE_WP_CRON, as with a system cron) and WP_HTTP_BLOCK_EXTERNAL (the
# bench machine reaches no update server, and a page must not wait for one). No page-cache plugin, no plugin.
#
# Content: the 12 articles of LanToa's demo (src/main/resources/demo/articles.txt: title, summary as excerpt,
# paragraphs, category, author) as the 12 newest posts, then 1,988 posts recombined from bench/sentences.txt as
# bench/articles.sh does for LanToa (a title of nine words and a number, a two-sentence excerpt, six paragraphs of
# three sentences), one every 10 minutes back from now, over the demo's five categories and eight authors; bodies
# in block-editor markup (<!-- wp:paragraph -->), as WordPress 6.1's editor saves them. Permalinks /%postname%/
# (Vietnamese titles lose their accents in the slug, so the demo article has LanToa's slug). English admin locale.

WP_CONFIG_DIR=/etc/wordpress
WP_POSTS=${BENCH_WP_POSTS:-2000}

wp_packages() {
  need_packages wordpress wordpress-theme-twentytwentythree php-fpm php php-mysql php-mbstring php-xml mariadb-server
}

wp_versions() { # one line: the Debian versions of what is measured
  local php
  php=$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;' 2>/dev/null)
  dpkg-query -W -f='${Package} ${Version}\n' wordpress "php$php-fpm" php"$php"-opcache mariadb-server 2>/dev/null |
    paste -sd, - | sed 's/,/, /g'
}

wp_cleanup() {
  [ -n "${WP_CONFIG_FILE:-}" ] && rm -f "$WP_CONFIG_FILE"
  # configurations left by runs killed too hard for their clean-up: those whose temp dir is gone
  local f dir
  for f in "$WP_CONFIG_DIR"/config-lantoa-bench-*.php; do
    [ -f "$f" ] || continue
    dir=$(sed -n 's|^// bench-work: ||p' "$f")
    [ -n "$dir" ] && [ ! -d "$dir" ] && rm -f "$f"
  done
  return 0
}

wp_server_pids() { # php-fpm master and workers, mariadbd, nginx master and worker
  local p
  for p in "${JPID[wpdb]:-}" "${JPID[wpfpm]:-}" "${JPID[wpnginx]:-}"; do
    [ -n "$p" ] || continue
    echo "$p"
    pgrep -P "$p"
  done
}

wp_drain() { # waits (120 s at most) until php-fpm runs and queues no request: when wrk stops, the requests it
  # leaves waiting (up to its connections, 2 s of work each at 30 req/s) are still run by php-fpm, which would
  # take core 0 from the next target. The status request waits its turn behind them in the socket's backlog (which
  # php-fpm does not count on a Unix socket), then counts itself active: done when it is the only one.
  # Sets WP_ACCEPTED (php-fpm's count of requests accepted, the last status request included) and WP_CALLS (the
  # status requests made), so that run.sh can count the requests php-fpm ran: those wrk saw answered and those
  # it left behind, whose CPU time is counted as well.
  local s queue active deadline=$(( SECONDS + 120 ))
  WP_CALLS=0
  while [ "$SECONDS" -lt "$deadline" ]; do
    s=$(curl -s --max-time 60 "http://127.0.0.1:$WP_PORT/fpm-status")
    WP_CALLS=$(( WP_CALLS + 1 ))
    queue=$(wp_status_field "listen queue" <<<"$s")
    active=$(wp_status_field "active processes" <<<"$s")
    # shellcheck disable=SC2034 # read by run.sh
    WP_ACCEPTED=$(wp_status_field "accepted conn" <<<"$s")
    [ "$queue" = 0 ] && [ "$active" = 1 ] && return 0
    sleep 0.2
  done
  echo "bench: WordPress still busy after 120 s" >&2
  return 1
}
wp_status_field() { awk -F: -v f="$1" '$1 == f { gsub(/ /, "", $2); print $2 }'; }

wp_sql() { # runs SQL from stdin as MariaDB's root (unix-socket authentication: we are root)
  timeout 60 mariadb --no-defaults --socket="$WORK/wp/mysqld.sock" -uroot "$@"
}

wp_start() { # slug-of-the-post-to-measure
  local slug=$1 wp=$WORK/wp fpm name pass salts i
  fpm=$(printf '%s\n' /usr/sbin/php-fpm[0-9]* | sort -V | tail -1)
  [ -x "$fpm" ] || { echo "bench: no php-fpm binary in /usr/sbin" >&2; return 1; }
  command -v mariadbd >/dev/null || { echo "bench: no mariadbd" >&2; return 1; }
  [ -f /usr/share/wordpress/wp-config.php ] || { echo "bench: no /usr/share/wordpress" >&2; return 1; }
  mkdir -p "$wp/db" "$wp/fpm"
  chmod 755 "$wp" "$wp/fpm"
  wp_cleanup

  # --- MariaDB, its own datadir and socket, no TCP
  cat >"$wp/my.cnf" <<EOF
[mysqld]
datadir = $wp/db
socket = $wp/mysqld.sock
pid-file = $wp/mysqld.pid
log-error = $wp/mysqld.err
skip-networking
user = mysql
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
EOF
  chown mysql:mysql "$wp/db" && chown mysql:mysql "$wp" # the socket and the pid file are written by mysql
  echo "bench: WordPress: initialising MariaDB" >&2
  timeout 120 mysql_install_db --defaults-file="$wp/my.cnf" --auth-root-authentication-method=socket \
    --skip-test-db >"$wp/install-db.log" 2>&1 || { tail -20 "$wp/install-db.log" >&2; return 1; }
  taskset -c 0 mariadbd --defaults-file="$wp/my.cnf" >"$wp/mysqld.out" 2>&1 &
  PIDS+=($!)
  JPID[wpdb]=$!
  for i in $(seq 1 120); do
    wp_sql -e 'SELECT 1' >/dev/null 2>&1 && break
    kill -0 "${JPID[wpdb]}" 2>/dev/null || { tail -20 "$wp/mysqld.err" >&2; return 1; }
    sleep 0.5
  done
  pass=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  wp_sql <<EOF || return 1
CREATE DATABASE wordpress DEFAULT CHARACTER SET utf8mb4;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$pass';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
EOF

  # --- the host configuration Debian's wp-config.php loads
  WP_PORT=$(free_port)
  name=lantoa-bench-${WORK##*.}
  name=${name//[^a-zA-Z0-9-]/-}
  WP_CONFIG_FILE=$WP_CONFIG_DIR/config-$name.php
  salts=""
  for i in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
    salts="${salts}define('$i', '$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n')');
"
  done
  mkdir -p "$WP_CONFIG_DIR"
  ( umask 027; cat >"$WP_CONFIG_FILE" <<EOF
<?php
// bench-work: $WORK
// Written by bench/wordpress.sh for one run of bench/run.sh --wordpress; its clean-up removes it.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$pass');
define('DB_HOST', 'localhost:$wp/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', 'http://127.0.0.1:$WP_PORT');
define('WP_SITEURL', 'http://127.0.0.1:$WP_PORT');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
$salts
EOF
  )
  chgrp www-data "$WP_CONFIG_FILE"

  # --- php-fpm, its own pool; Debian's php.ini and conf.d (opcache) as they are
  cat >"$wp/php-fpm.conf" <<EOF
[global]
pid = $wp/fpm/php-fpm.pid
error_log = $wp/fpm/php-fpm.log
daemonize = no
[wordpress]
user = www-data
group = www-data
listen = $wp/fpm/php-fpm.sock
listen.mode = 0666
; static: the worker processes live through a measurement, so their CPU time is all counted
pm = static
pm.max_children = 5
pm.status_path = /fpm-status
php_admin_value[opcache.enable] = 1
php_admin_value[error_log] = $wp/fpm/php-errors.log
php_admin_flag[log_errors] = on
EOF
  taskset -c 0 "$fpm" -F -y "$wp/php-fpm.conf" >"$wp/fpm/php-fpm.out" 2>&1 &
  PIDS+=($!)
  JPID[wpfpm]=$!

  # --- nginx, its own, as bench nginx is configured (one worker, no access log)
  cat >"$wp/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $wp/nginx.pid;
error_log $wp/nginx-error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  client_body_temp_path $wp/ngx-body; proxy_temp_path $wp/ngx-proxy; fastcgi_temp_path $wp/ngx-fcgi;
  uwsgi_temp_path $wp/ngx-uwsgi; scgi_temp_path $wp/ngx-scgi;
  server {
    listen 127.0.0.1:$WP_PORT;
    root /usr/share/wordpress;
    index index.php;
    location /wp-content/ { alias /var/lib/wordpress/wp-content/; }
    location / { try_files \$uri \$uri/ /index.php?\$args; }
    location = /fpm-status {
      allow 127.0.0.1; deny all;
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_NAME /fpm-status; fastcgi_param SCRIPT_FILENAME /fpm-status;
      fastcgi_pass unix:$wp/fpm/php-fpm.sock;
    }
    location ~ \.php\$ {
      try_files \$uri =404;
      include /etc/nginx/fastcgi.conf;
      fastcgi_param WORDPRESS_CONFIG $name;
      fastcgi_pass unix:$wp/fpm/php-fpm.sock;
    }
  }
}
EOF
  taskset -c 0 nginx -c "$wp/nginx.conf" -p "$wp" >"$wp/nginx.out" 2>&1 &
  PIDS+=($!)
  JPID[wpnginx]=$!

  # --- WordPress itself, through the php CLI (the same configuration, found by the same name)
  cat >"$wp/install.php" <<'EOF'
<?php
[, $config, $port] = $argv;
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['HTTP_HOST'] = "127.0.0.1:$port";
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_INSTALLING', true);
function wp_new_blog_notification() {} // no mail
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install('Cổng thông tin điện tử tỉnh', 'admin', 'admin@example.org', true, '', wp_generate_password(24));
if (empty($r['user_id'])) { fwrite(STDERR, "wp_install failed\n"); exit(1); }
echo "installed, user {$r['user_id']}\n";
EOF
  cat >"$wp/fill.php" <<'EOF'
<?php
// demo-articles sentences total slug
[, $config, $port, $demoFile, $sentencesFile, $total, $slug] = $argv;
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['HTTP_HOST'] = "127.0.0.1:$port";
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_IMPORTING', true); // no pings, enclosures or their cron events, as an importer
require '/usr/share/wordpress/wp-load.php';
wp_set_current_user(1); // an administrator: unfiltered_html, so the bodies are stored as given
global $wpdb, $wp_rewrite;

update_option('timezone_string', 'Asia/Ho_Chi_Minh');
update_option('blogdescription', 'Tin tức, sự kiện của tỉnh');
$wp_rewrite->set_permalink_structure('/%postname%/');
$wp_rewrite->flush_rules(false);
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $p) {
    wp_delete_post($p->ID, true); // "Hello world!", "Sample Page", the privacy-policy draft
}

// the demo articles: blocks separated by ---, header lines, a blank line, paragraphs
$demo = [];
foreach (preg_split('/^---$/m', file_get_contents($demoFile)) as $block) {
    $parts = preg_split("/\n\s*\n/", trim($block));
    $head = [];
    foreach (explode("\n", array_shift($parts)) as $line) {
        [$k, $v] = array_map('trim', explode(':', $line, 2));
        $head[$k] = $v;
    }
    $demo[] = $head + ['paragraphs' => array_map('trim', $parts)];
}
$sentences = array_values(array_filter(array_map('trim', file($sentencesFile))));
$n = count($sentences);

$cats = []; $authors = [];
foreach ($demo as $d) {
    if (!isset($cats[$d['category']])) {
        $t = term_exists($d['category'], 'category') ?: wp_insert_term($d['category'], 'category');
        $cats[$d['category']] = (int) $t['term_id'];
    }
    if (!isset($authors[$d['author']])) {
        $login = sanitize_user(strtolower(str_replace(' ', '', remove_accents($d['author']))), true);
        $authors[$d['author']] = wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(24),
            'display_name' => $d['author'], 'nickname' => $d['author'], 'role' => 'author',
            'user_email' => "$login@example.org"]);
    }
}
$catIds = array_values($cats); $authorIds = array_values($authors);

function blocks(array $paragraphs): string {
    return implode("\n\n", array_map(fn($p) => "<!-- wp:paragraph -->\n<p>" . esc_html($p) . "</p>\n<!-- /wp:paragraph -->", $paragraphs));
}

wp_defer_term_counting(true);
$wpdb->query('SET autocommit = 0');
$now = time();
for ($g = 0; $g < $total; $g++) {
    if ($g < count($demo)) {
        $d = $demo[$g];
        $post = ['post_title' => $d['title'], 'post_excerpt' => $d['summary'], 'post_content' => blocks($d['paragraphs']),
                 'post_category' => [$cats[$d['category']]], 'post_author' => $authors[$d['author']]];
    } else {
        $s = fn($i) => $sentences[$i % $n];
        $words = explode(' ', rtrim($s($g * 7), '.'));
        $paragraphs = [];
        for ($p = 1; $p <= 6; $p++) {
            $paragraphs[] = $s($g * 17 + $p * 3) . ' ' . $s($g * 19 + $p * 5 + 1) . ' ' . $s($g * 23 + $p * 7 + 2);
        }
        $post = ['post_title' => implode(' ', array_slice($words, 0, 9)) . " ($g)",
                 'post_excerpt' => $s($g * 11) . ' ' . $s($g * 13 + 5), 'post_content' => blocks($paragraphs),
                 'post_category' => [$catIds[$g % count($catIds)]], 'post_author' => $authorIds[$g % count($authorIds)]];
    }
    $t = $now - $g * 600;
    $post += ['post_status' => 'publish', 'post_type' => 'post', 'comment_status' => 'open',
              'post_date' => wp_date('Y-m-d H:i:s', $t), 'post_date_gmt' => gmdate('Y-m-d H:i:s', $t)];
    $id = wp_insert_post(wp_slash($post), true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
    if ($g % 250 == 249) { $wpdb->query('COMMIT'); }
}
$wpdb->query('COMMIT');
wp_defer_term_counting(false);
$wpdb->query('COMMIT');
$wpdb->query('SET autocommit = 1');

$published = (int) $wpdb->get_var("SELECT count(*) FROM $wpdb->posts WHERE post_type = 'post' AND post_status = 'publish'");
$chosen = get_page_by_path($slug, OBJECT, 'post') ?: get_posts(['numberposts' => 1])[0];
echo "published $published\n";
echo "post " . wp_make_link_relative(get_permalink($chosen)) . "\n";
EOF
  echo "bench: WordPress: installing, and writing $WP_POSTS posts" >&2
  timeout 120 php "$wp/install.php" "$name" "$WP_PORT" >"$wp/install.log" 2>&1 || { tail -20 "$wp/install.log" >&2; return 1; }
  timeout 900 php "$wp/fill.php" "$name" "$WP_PORT" "$ROOT/src/main/resources/demo/articles.txt" \
    "$SCRIPT_DIR/sentences.txt" "$WP_POSTS" "$slug" >"$wp/fill.log" 2>&1 || { tail -20 "$wp/fill.log" >&2; return 1; }
  WP_POST=$(sed -n 's/^post //p' "$wp/fill.log")
  grep -q "^published $WP_POSTS\$" "$wp/fill.log" || { echo "bench: WordPress: $(head -1 "$wp/fill.log")" >&2; return 1; }
  [ -n "$WP_POST" ] || { echo "bench: WordPress: no post to measure" >&2; return 1; }

  wait_up "http://127.0.0.1:$WP_PORT/" "${JPID[wpnginx]}" || { tail -5 "$wp/nginx-error.log" "$wp/fpm/php-fpm.log" >&2; return 1; }
  for i in "$WP_POST" /; do
    local code
    code=$(curl -s -o "$wp/check.html" -w '%{http_code}' --max-time 30 -A "$UA" "http://127.0.0.1:$WP_PORT$i")
    [ "$code" = 200 ] || { echo "bench: WordPress $i answered $code" >&2; head -c 600 "$wp/check.html" >&2; return 1; }
  done
  echo "bench: WordPress up on 127.0.0.1:$WP_PORT, post $WP_POST" >&2
}
