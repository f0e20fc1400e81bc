-- Searching the Projectenbank in Dutch (issue 18): stemming, accents folded, title over summary over body, prefixes as
-- you type, and facets counted with the other filters applied.
--
-- Why a separate index table read through one SECURITY DEFINER function, not a GIN index on initiative itself: under
-- forced row-level security every policy qual is a security barrier, and PostgreSQL evaluates a user's qual below it
-- only if the qual's operator is LEAKPROOF. `@@` (tsvector) and `&&` (arrays) are not, so the planner may not put
-- them into an index scan ahead of the tenant/sharing policy: every search over 100,000 initiatives became a
-- sequential scan that ran the policy and then to_tsvector-matched each visible row (p50 0.8-2.1 s). Declaring the
-- operators LEAKPROOF needs a superuser, which the product never has. Here the rows live in initiative_search, whose
-- only policy is `using (true)` for its owner (the migration role): a constant-true qual is folded away, no security
-- barrier is left, and `document @@ query` becomes a bitmap scan of the GIN index (EXPLAIN as the application role
-- through search_initiatives shows it). The application role reads no row of the table (no policy names it); it
-- only executes the two functions below, which apply the visibility rule themselves from the transaction's
-- app.tenant_id: the caller's own published initiatives of any visibility, other associations' published ones shared
-- with ALL or PUBLIC, and nothing at all when no tenant is set. That is the one deliberate path by which the
-- Projectenbank crosses tenants, and it returns ids, ranks, snippets of the searchable text and counts: no person.

create extension if not exists unaccent;
create extension if not exists btree_gin;

-- Dutch snowball stemming after folding accents, so "energiecooperatie" meets "energiecoöperatie". Plain ASCII words
-- need no folding; words with a diacritic are 'word' tokens and pass through unaccent first.
create text search configuration dutch_unaccent (copy = dutch);
alter text search configuration dutch_unaccent
    alter mapping for hword, hword_part, word with unaccent, dutch_stem;

-- Only published initiatives and only their searchable, non-personal fields; filled by the trigger on initiative.
create table initiative_search (
    tenant_id         varchar(32)  not null,
    initiative_id     uuid         not null,
    title             varchar(200) not null,
    summary           text         not null default '',
    body              text         not null default '',
    themes            text[]       not null default '{}',
    province_code     varchar(4),
    municipality_code varchar(6),
    member_type       varchar(20),
    year              integer,
    funding           varchar(40),
    visibility        varchar(10)  not null,
    head              tsvector     not null,
    document          tsvector     not null,
    primary key (tenant_id, initiative_id)
);
-- GIN over (tenant_id, …) through btree_gin keeps tenant_id leading every index, and GIN answers a condition on any of
-- its columns, so a search across tenants still walks the document entries.
create index initiative_search_document on initiative_search using gin (tenant_id, document);
create index initiative_search_themes on initiative_search using gin (tenant_id, themes);
-- Facet counts and the ranking read every matching row: the long texts (summary, body, document) go out of line so
-- those rows stay narrow, while the title, the themes and the short title+summary vector stay in the row (out
-- of line, each row's themes cost a TOAST fetch: 0.5 s for the facets of 90,000 rows instead of tens of ms).
alter table initiative_search set (toast_tuple_target = 256);
alter table initiative_search alter column title set storage main, alter column themes set storage main,
    alter column head set storage main;

alter table initiative_search enable row level security;
alter table initiative_search force row level security;
-- current_user here is the migration role, which owns the table and the functions: only it reads or writes rows.
create policy initiative_search_owner_only on initiative_search to current_user using (true) with check (true);
-- The grant lets the catalog guard read the table as the application role; with no policy for that role it sees no
-- row, whatever tenant it sets.
grant select on initiative_search to ${app_role};

-- "Dorpshuizen" must find "dorpshuis": the Dutch stemmer leaves the plural's z (dorpshuiz) and the singular's s
-- (dorpshuis), and f/v likewise (duiven/duif). A query lexeme ending in one of them also matches the other; and
-- it keeps the plural s after a vowel (energiecoöperaties), so such a lexeme also matches without it.
create function initiative_query_term(lexeme text, as_prefix boolean) returns tsquery
    language sql immutable strict as $$
    select case
        when as_prefix then (lexeme || ':*')::tsquery
        when lexeme ~ '[aeiou]s$' and length(lexeme) > 4
            then (lexeme || ' | ' || left(lexeme, -1) || 'z | ' || left(lexeme, -1))::tsquery
        when lexeme ~ '[sz]$' and length(lexeme) > 3
            then (lexeme || ' | ' || left(lexeme, -1) || translate(right(lexeme, 1), 'sz', 'zs'))::tsquery
        when lexeme ~ '[fv]$' and length(lexeme) > 3
            then (lexeme || ' | ' || left(lexeme, -1) || translate(right(lexeme, 1), 'fv', 'vf'))::tsquery
        else lexeme::tsquery
    end
$$;

-- The search text as a query: words AND-ed, each stemmed; with as_prefix the last word also matches as the start of a
-- word, stemmed or as typed (the prefix of a stop word too: "de" may be the start of "dementie"). At most 8 words of the first 200 characters count. Null when nothing is left to match.
create function initiative_query(q text, as_prefix boolean) returns tsquery
    language plpgsql stable as $$
declare
    words  text[] := array(select m[1] from regexp_matches(lower(unaccent(left(coalesce(q, ''), 200))),
                                                            '[[:alnum:]]+', 'g') m limit 8);
    n      integer := coalesce(array_length(words, 1), 0);
    result tsquery;
    term   tsquery;
    lexeme text;
begin
    for i in 1 .. n loop
        lexeme := nullif(trim(both '''' from plainto_tsquery('dutch_unaccent', words[i])::text), '');
        if as_prefix and i = n then
            term := initiative_query_term(words[i], true);
            if lexeme is not null then
                term := term || initiative_query_term(lexeme, false) || initiative_query_term(lexeme, true);
            end if;
        elsif lexeme is null then
            continue; -- a stop word ("de", "het", "en")
        else
            term := initiative_query_term(lexeme, false);
        end if;
        result := case when result is null then term else result && term end;
    end loop;
    return result;
end
$$;

-- ts_headline would hand markup in an initiative's text through as markup; these private-use characters mark the hits
-- instead, and the application escapes the whole snippet before it turns them into <mark>.
create function initiative_search_text(value text) returns text
    language sql immutable as $$ select translate(coalesce(value, ''), U&'\E000\E001', '') $$;

-- The province is the municipality's, or else the association's own; funding as a facet is whether the initiative had
-- a subsidy (the funding text itself is searched with the rest).
create function initiative_search_refresh() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if tg_op = 'DELETE' or tg_op = 'UPDATE' then
        delete from initiative_search where tenant_id = old.tenant_id and initiative_id = old.id;
    end if;
    if tg_op <> 'DELETE' and new.status = 'PUBLISHED' then
        insert into initiative_search (tenant_id, initiative_id, title, summary, body, themes, province_code,
                                       municipality_code, member_type, year, funding, visibility, head, document)
        select new.tenant_id, new.id, initiative_search_text(new.title), initiative_search_text(new.summary), b.body,
               coalesce(new.themes, '{}'), coalesce(m.province_code, t.province_code), new.municipality_code,
               new.member_type, new.year, case when new.subsidised then 'SUBSIDIE' else 'ZONDER_SUBSIDIE' end,
               new.visibility,
               setweight(to_tsvector('dutch_unaccent', initiative_search_text(new.title)), 'A')
                   || setweight(to_tsvector('dutch_unaccent', initiative_search_text(new.summary)), 'B'),
               setweight(to_tsvector('dutch_unaccent', initiative_search_text(new.title)), 'A')
                   || setweight(to_tsvector('dutch_unaccent', initiative_search_text(new.summary)), 'B')
                   || setweight(to_tsvector('dutch_unaccent', b.body || ' ' || coalesce(new.place, '') || ' '
                                            || coalesce(m.name, '') || ' '
                                            || array_to_string(coalesce(new.themes, '{}'), ' ')), 'C')
        from (select initiative_search_text(concat_ws(E'\n', new.goal, new.approach, new.result, new.lessons_learned,
                                                      new.funding)) as body) b
        join tenant t on t.code = new.tenant_id
        left join municipality m on m.cbs_code = new.municipality_code;
    end if;
    return null;
end
$$;

create trigger initiative_search_refresh after insert or update or delete on initiative
    for each row execute function initiative_search_refresh();

-- The conditions for the rows a caller may find: its own published initiatives, and others' shared with all
-- associations or the public (only published ones are in the table). Facet filters: null means no filter; within a
-- facet any of the values, across facets all of them. Built per call with only the conditions in use, so each call is
-- planned for what it asks (an `x is null or …` in a generic plan keeps the planner off the indexes); every value is
-- bound as a parameter ($1 viewer, $2 query, $3..$8 the facets in this order), never spliced in.
create function initiative_search_where(has_query boolean, themes text[], provinces text[], municipalities text[],
                                        member_types text[], years integer[], fundings text[], leave_out text)
    returns text language sql immutable as $$
    select concat_ws(' and ', '(s.tenant_id = $1 or s.visibility in (''ALL'', ''PUBLIC''))',
        case when has_query then 's.document @@ $2' end,
        case when themes is not null and leave_out is distinct from 'theme' then 's.themes && $3' end,
        case when provinces is not null and leave_out is distinct from 'province' then 's.province_code = any ($4)' end,
        case when municipalities is not null and leave_out is distinct from 'municipality'
             then 's.municipality_code = any ($5)' end,
        case when member_types is not null and leave_out is distinct from 'type' then 's.member_type = any ($6)' end,
        case when years is not null and leave_out is distinct from 'year' then 's.year = any ($7)' end,
        case when fundings is not null and leave_out is distinct from 'funding' then 's.funding = any ($8)' end)
$$;

-- A page of hits, best first (newest first without a query), with the title and up to two fragments of the text,
-- hits marked U+E000…U+E001, and the number of hits in all (null as you type, as_prefix). Nothing without a tenant. The rank reads the title and
-- summary only (head): ranking by the whole text would fetch every matching text from TOAST, 0.6 s for a word in most
-- initiatives; a hit in the body alone ranks after every title or summary hit, newest first. The texts are read for
-- the page's rows only.
create function search_initiatives(q text, as_prefix boolean, themes text[], provinces text[], municipalities text[],
                                   member_types text[], years integer[], fundings text[], page_size integer,
                                   page_offset integer)
    returns table (tenant_id varchar, initiative_id uuid, rank real, title text, snippet text, total bigint)
    language plpgsql stable security definer set search_path = public, pg_temp as $fn$
declare
    viewer  text := nullif(current_setting('app.tenant_id', true), '');
    tsq     tsquery := initiative_query(q, as_prefix);
    marks   text := 'StartSel=' || U&'\E000' || ', StopSel=' || U&'\E001';
begin
    -- no tenant: nothing; a text of stop words or punctuation only ("de het"): nothing, not everything
    if viewer is null or (tsq is null and coalesce(btrim(q), '') <> '') then
        return;
    end if;
    return query execute format(
        $sql$with hit as (select s.tenant_id, s.initiative_id, %s as rank, s.year, s.title, %s as total
                 from %s s where %s
                 order by 3 desc, s.year desc nulls last, s.title, s.initiative_id limit $9 offset $10)
             select h.tenant_id, h.initiative_id, h.rank, %s, %s, h.total
             from hit h join initiative_search t on t.tenant_id = h.tenant_id and t.initiative_id = h.initiative_id
             order by h.rank desc, h.year desc nulls last, h.title, h.initiative_id$sql$,
        case when tsq is null then '0::real' else 'ts_rank_cd(s.head, $2)' end,
        case when as_prefix then 'cast(null as bigint)' else 'count(*) over ()' end,
        -- as you type, a few letters match most initiatives: offer the best of the first 200 whose title or summary
        -- matches, and count nothing, rather than rank and count every match on each key stroke
        case when as_prefix
             then format('(select s.* from initiative_search s where %s and s.head @@ $2 limit 200)',
                         initiative_search_where(true, themes, provinces, municipalities, member_types, years,
                                                 fundings, null))
             else 'initiative_search' end,
        case when as_prefix then 'true'
             else initiative_search_where(tsq is not null, themes, provinces, municipalities, member_types, years,
                                          fundings, null) end,
        case when tsq is null then 'h.title::text'
             else format('ts_headline(%L, h.title, $2, %L)', 'dutch_unaccent', 'HighlightAll=true, ' || marks) end,
        case when tsq is null then 'left(t.summary, 300)'
             else format('ts_headline(%L, t.summary || E''\n'' || t.body, $2, %L)', 'dutch_unaccent',
                         'MaxFragments=2, MaxWords=25, MinWords=10, FragmentDelimiter=" … ", ' || marks) end)
        using viewer, tsq, themes, provinces, municipalities, member_types, years, fundings,
              least(greatest(coalesce(page_size, 20), 1), 50), least(greatest(coalesce(page_offset, 0), 0), 10000);
end
$fn$;

-- One read of the rows matching `condition`, counted per value of each of the named facets.
create function initiative_facet_select(facets text[], condition text) returns text
    language sql immutable as $$
    select format('select f.facet, f.value, count(*) from initiative_search s cross join lateral (%s) f(facet, value)'
                  || ' where %s and f.value is not null group by 1, 2',
        (select string_agg(case facet
            when 'theme' then 'select ''theme'', unnest(s.themes)'
            when 'province' then 'select ''province'', s.province_code::text'
            when 'municipality' then 'select ''municipality'', s.municipality_code::text'
            when 'type' then 'select ''type'', s.member_type::text'
            when 'year' then 'select ''year'', s.year::text'
            when 'funding' then 'select ''funding'', s.funding::text' end, ' union all ')
         from unnest(facets) facet), condition)
$$;

-- Counts per facet value over the same rows, each facet counted with the other facets' filters applied (a ticked
-- theme still shows what the other themes would give). The facets without a filter of their own share one read of
-- the fully filtered rows; each filtered facet reads the rows passing every filter but its own.
create function search_initiative_facets(q text, as_prefix boolean, themes text[], provinces text[],
                                         municipalities text[], member_types text[], years integer[],
                                         fundings text[])
    returns table (facet text, value text, hits bigint)
    language plpgsql stable security definer set search_path = public, pg_temp as $fn$
declare
    viewer     text := nullif(current_setting('app.tenant_id', true), '');
    tsq        tsquery := initiative_query(q, as_prefix);
    filtered   text[] := array_remove(array[case when themes is not null then 'theme' end,
                   case when provinces is not null then 'province' end,
                   case when municipalities is not null then 'municipality' end,
                   case when member_types is not null then 'type' end,
                   case when years is not null then 'year' end,
                   case when fundings is not null then 'funding' end], null);
    unfiltered text[] := array(select f from unnest(array['theme', 'province', 'municipality', 'type', 'year',
                                                          'funding']) f where f <> all (filtered));
    parts      text[] := '{}';
    one        text;
begin
    -- no tenant: nothing; a text of stop words or punctuation only ("de het"): nothing, not everything
    if viewer is null or (tsq is null and coalesce(btrim(q), '') <> '') then
        return;
    end if;
    if cardinality(unfiltered) > 0 then
        parts := parts || initiative_facet_select(unfiltered, initiative_search_where(tsq is not null, themes,
                              provinces, municipalities, member_types, years, fundings, null));
    end if;
    foreach one in array filtered loop
        parts := parts || initiative_facet_select(array[one], initiative_search_where(tsq is not null, themes,
                              provinces, municipalities, member_types, years, fundings, one));
    end loop;
    return query execute array_to_string(parts, ' union all ')
        using viewer, tsq, themes, provinces, municipalities, member_types, years, fundings;
end
$fn$;

revoke execute on function search_initiatives from public;
revoke execute on function search_initiative_facets from public;
grant execute on function search_initiatives to ${app_role};
grant execute on function search_initiative_facets to ${app_role};
