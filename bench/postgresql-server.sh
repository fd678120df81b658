# Sourced by the benchmarks: builds the WAR and starts it on one Payara Micro over a fresh PostgreSQL
# database on 127.0.0.1:5432 (user chm_test, as .ci/run prepares it), stopping it when the script ends.
#   start_server DATABASE PORT [JVM OPTIONS...]
# build_plugin builds the WAR and fetches the server once; start_server calls it, a benchmark that needs the
# classes before the server starts calls it first.
# Extra JVM options for every server, such as a flight recording, go in CHM_BENCH_JVM_OPTIONS; Payara
# Micro options of one benchmark in the array micro_options. CHM_BENCH_KEEP_DATABASE=yes starts on the
# database the last run left instead of a fresh one (the schema is migrated as usual), so that a benchmark
# over a long replay can be repeated without the replay.

work=target/bench
micro_options=()

built=no
build_plugin() {
    [ "$built" = yes ] && return 0
    mvn -B -q -ntp package -DskipTests
    mvn -B -q -ntp dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory=$work -Dmdep.stripVersion=true
    mvn -B -q -ntp dependency:copy -Dartifact=org.postgresql:postgresql:42.7.8 -DoutputDirectory=$work -Dmdep.stripVersion=true
    built=yes
}

database_exists() {
    [ "$(psql -h 127.0.0.1 -U postgres -w -d postgres -At -c "SELECT count(*) FROM pg_database WHERE datname = '$1'")" = 1 ]
}

start_server() {
    local db=$1 port=$2
    shift 2
    build_plugin

    if [ "${CHM_BENCH_KEEP_DATABASE:-no}" = yes ] && database_exists $db; then
        echo "== Keeping the database $db of the last run"
    else
        psql -h 127.0.0.1 -U postgres -w -d postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER chm_test"
    fi
    cat > $work/postboot-$db.asadmin <<ASADMIN
create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --steadypoolsize 8 --maxpoolsize 32 --statementcachesize 64 --property serverName=127.0.0.1:portNumber=5432:databaseName=$db:user=chm_test:password=chm_test chm-bench
create-jdbc-resource --connectionpoolid chm-bench jdbc/chm
ASADMIN

    # On a shared machine another server may hold the port: its answers would be measured as this one's.
    if curl -s -o /dev/null --max-time 5 "http://localhost:$port/"; then
        echo "Something already answers on port $port; stop it or choose another port" >&2
        return 1
    fi
    rm -rf $work/root-$db
    java -Xmx1g ${CHM_BENCH_JVM_OPTIONS:-} -Dchm.store.datasource=jdbc/chm "$@" \
        -jar $work/payara-micro.jar --deploy target/chm.war --contextroot chm --port "$port" --nocluster \
        --addLibs $work/postgresql.jar --postbootcommandfile $work/postboot-$db.asadmin --rootdir $work/root-$db \
        --prebootcommandfile descriptors/payara-micro/preboot.asadmin \
        --postdeploycommandfile descriptors/payara-micro/postdeploy.asadmin \
        "${micro_options[@]}" \
        > $work/payara-$db.log 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do
        if ! kill -0 $server 2>/dev/null; then
            echo "Payara Micro stopped while starting; see $work/payara-$db.log" >&2
            return 1
        fi
        curl -sf "http://localhost:$port/health/ready" >/dev/null && return 0
        sleep 1
    done
    echo "Payara Micro did not get ready; see $work/payara-$db.log" >&2
    return 1
}
