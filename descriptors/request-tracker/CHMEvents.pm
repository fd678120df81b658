# The Customer Health Monitor's scrip action for Request Tracker 5: posts each ticket transaction as
# CloudEvents 1.0 events of the plugin's contract to its api/v1/events, signed as Standard Webhooks
# sign (webhook-id, webhook-timestamp, webhook-signature). Installed as
# /usr/local/share/request-tracker5/lib/RT/Action/CHMEvents.pm and run by the global scrip that
# initialdata creates ("Customer Health Monitor: post events", On Transaction).
#
# Settings, in RT's site configuration (RT_SiteConfig.d/*.pm):
#
#   Set($CHMEventsURL, 'https://chm.example.com/chm/api/v1/events');   # required; unset: nothing is posted
#   Set($CHMEventsSecret, 'whsec_...');            # the tenant's secret, chm.events.secret in the plugin
#   Set($CHMEventsTenant, 'acme');                 # optional: the tenant; unset: the plugin's default tenant
#   Set($CHMEventsSource, 'https://rt.example.com');  # optional: the events' source; unset: RT's WebURL
#                                                  # without its trailing slash
#   Set($CHMCompanyField, 'Organization');          # the user field naming a requestor's company: the
#                                                  # Organization field, or the name of a user custom field
#   Set($CHMSatisfactionField, 'Satisfaction');     # the ticket custom field holding the requestor's rating
#   Set($CHMSatisfactionMin, 1);                    # the rating's scale
#   Set($CHMSatisfactionMax, 5);
#
# The mapping is the one the plugin's backfill (com.customerhealth.adapters.rt.RtTransactionMapping)
# applies to the same transactions read through REST 2.0, with the same event ids and source, so a
# backfill over tickets this scrip already posted finds only duplicates. Keep the two in step.
package RT::Action::CHMEvents;

use strict;
use warnings;
use base 'RT::Action';

use Digest::SHA qw(hmac_sha256);
use HTTP::Request;
use JSON ();
use LWP::UserAgent;
use MIME::Base64 qw(encode_base64 decode_base64);
use POSIX qw(strftime);
use Time::HiRes ();

# RT's statuses of the default lifecycles onto the contract's; a status of another lifecycle counts as open.
my %STATUS = (
    new      => 'new',
    open     => 'open',
    stalled  => 'on_hold',
    resolved => 'solved',
    rejected => 'closed',
);

# Waits before the second and third attempt of a post that failed (connection refused, 5xx, 429): the
# transaction waits for them, so they stay short; a gap left after the last is filled by a backfill.
my @RETRY_WAITS = (0.25, 1);

sub Prepare { return 1 }

sub Commit {
    my $self = shift;
    my $url  = RT->Config->Get('CHMEventsURL') or return 1;
    my @events = eval { $self->Events };
    if ($@) {
        RT->Logger->error("Customer Health Monitor: transaction " . $self->TransactionObj->Id . " not mapped: $@");
        return 1;
    }
    $self->Post($url, \@events) if @events;
    return 1;
}

# The contract events of this scrip's transaction, in the order they are to be applied.
sub Events {
    my $self   = shift;
    my $txn    = $self->TransactionObj;
    my $ticket = $self->TicketObj;
    my $type   = $txn->Type;
    my $field  = $txn->Field // '';
    my $id     = 'rt-txn-' . $txn->Id;
    my $ticketId = '' . $txn->ObjectId;
    my $at     = Time($txn->CreatedObj->Unix);

    if ($type eq 'Create') {
        my $requestor = PrimaryRequestor($ticket) or return;
        my $status = $STATUS{ $ticket->Status } // 'open';
        return (
            $self->Directory($id, $at, $requestor),
            Event($id, 'ticket.created', $at, {
                ticketId   => $ticketId,
                customerId => CustomerId($requestor),
                (defined Company($requestor) ? (companyId => Company($requestor)) : ()),
                createdAt  => $at,
                status     => $status,
                subject    => $ticket->Subject,
            }),
        );
    }
    if ($type eq 'Correspond' || $type eq 'Comment') {
        my $isRequestor = grep { $_ == $txn->Creator } RequestorIds($ticket);
        return Event($id, 'ticket.interaction_added', $at, {
            ticketId => $ticketId,
            author   => ($isRequestor ? 'customer' : 'agent'),
            at       => $at,
            public   => ($type eq 'Correspond' ? JSON::true : JSON::false),
        });
    }
    if ($type eq 'Status' || ($type eq 'Set' && $field eq 'Status')) {
        my $status = $txn->NewValue // '';
        return Event($id, 'ticket.deleted', $at, { ticketId => $ticketId }) if $status eq 'deleted';
        return Event($id, 'ticket.status_changed', $at, {
            ticketId => $ticketId,
            status   => $STATUS{$status} // 'open',
            at       => $at,
        });
    }
    if (($type eq 'AddWatcher' || $type eq 'DelWatcher') && $field eq 'Requestor') {
        # The primary requestor (the lowest user id) after the change against the one before it.
        my @now = RequestorIds($ticket);
        my %before = map { $_ => 1 } @now;
        if ($type eq 'AddWatcher') { delete $before{ $txn->NewValue } } else { $before{ $txn->OldValue } = 1 }
        my ($after) = @now;
        my ($previous) = sort { $a <=> $b } keys %before;
        return unless defined $after && (!defined $previous || $previous != $after);
        my $requestor = RT::User->new(RT->SystemUser);
        $requestor->Load($after);
        return (
            $self->Directory($id, $at, $requestor),
            Event($id, 'ticket.customer_changed', $at, {
                ticketId   => $ticketId,
                customerId => CustomerId($requestor),
                (defined Company($requestor) ? (companyId => Company($requestor)) : ()),
            }),
        );
    }
    if ($type eq 'AddLink' && $field eq 'MergedInto') {
        # Recorded on both tickets, naming the one merged into: the merged one is the other.
        my ($into) = ($txn->NewValue // '') =~ m{/ticket/(\d+)$} or return;
        return if $into == $txn->ObjectId;
        return Event($id, 'ticket.merged', $at, { ticketId => $ticketId, intoTicketId => '' . $into });
    }
    if ($type eq 'CustomField') {
        my $cf = RT::CustomField->new(RT->SystemUser);
        $cf->Load($field);
        my $name = RT->Config->Get('CHMSatisfactionField') // 'Satisfaction';
        return unless $cf->Id && lc($cf->Name) eq lc($name);
        my $rating = $txn->NewValue;
        return unless defined $rating && $rating =~ /^\s*-?\d+(?:\.\d+)?\s*$/;
        return Event($id, 'csat.rated', $at, {
            ticketId => $ticketId,
            rating   => 0 + $rating,
            scaleMin => 0 + (RT->Config->Get('CHMSatisfactionMin') // 1),
            scaleMax => 0 + (RT->Config->Get('CHMSatisfactionMax') // 5),
            at       => $at,
        });
    }
    return;
}

# customer.upserted for the requestor, and company.upserted before it when the requestor names one.
sub Directory {
    my ($self, $id, $at, $requestor) = @_;
    my $company = Company($requestor);
    my @events;
    push @events, Event("$id-company", 'company.upserted', $at,
        { companyId => $company, name => $company, attributes => {} }) if defined $company;
    push @events, Event("$id-customer", 'customer.upserted', $at, {
        customerId => CustomerId($requestor),
        name       => (($requestor->RealName // '') ne '' ? $requestor->RealName : $requestor->Name),
        (($requestor->EmailAddress // '') ne '' ? (email => $requestor->EmailAddress) : ()),
        (defined $company ? (companyId => $company) : ()),
        attributes => {},
    });
    return @events;
}

# A requestor's customer id: the e-mail address in lower case, or rt-user-<id> for a user without one.
sub CustomerId {
    my $user  = shift;
    my $email = $user->EmailAddress // '';
    return $email ne '' ? lc $email : 'rt-user-' . $user->Id;
}

# The requestor's company: the user field $CHMCompanyField names (Organization, or a user custom field).
sub Company {
    my $user  = shift;
    my $field = RT->Config->Get('CHMCompanyField') // 'Organization';
    my $value = $field eq 'Organization' ? $user->Organization : $user->FirstCustomFieldValue($field);
    return undef unless defined $value;
    $value =~ s/^\s+|\s+$//g;
    return $value eq '' ? undef : $value;
}

# The ticket's requestors' user ids, lowest first; the lowest is the ticket's customer.
sub RequestorIds {
    my $ticket = shift;
    my $members = $ticket->Requestors->UserMembersObj(Recursively => 0);
    return sort { $a <=> $b } map { $_->Id } @{ $members->ItemsArrayRef };
}

sub PrimaryRequestor {
    my $ticket = shift;
    my ($id) = RequestorIds($ticket);
    return undef unless defined $id;
    my $user = RT::User->new(RT->SystemUser);
    $user->Load($id);
    return $user;
}

sub Time { return strftime('%Y-%m-%dT%H:%M:%SZ', gmtime(shift)) }

sub Event {
    my ($id, $type, $at, $data) = @_;
    my $source = RT->Config->Get('CHMEventsSource');
    unless (defined $source && $source ne '') {
        $source = RT->Config->Get('WebURL');
        $source =~ s{/+$}{};
    }
    my $tenant = RT->Config->Get('CHMEventsTenant');
    return {
        specversion     => '1.0',
        id              => $id,
        source          => $source,
        type            => $type,
        time            => $at,
        datacontenttype => 'application/json',
        ((defined $tenant && $tenant ne '') ? (tenant => $tenant) : ()),
        data            => $data,
    };
}

# Posts the events as one signed batch, a few times while the plugin cannot take them.
sub Post {
    my ($self, $url, $events) = @_;
    my $body   = JSON->new->utf8->canonical->encode($events);
    my $secret = RT->Config->Get('CHMEventsSecret') // '';
    my $key    = $secret =~ /^whsec_(.*)$/ ? decode_base64($1) : $secret;
    my $webhookId = 'rt-txn-' . $self->TransactionObj->Id;
    my $agent  = LWP::UserAgent->new(timeout => 10, max_redirect => 0, agent => 'RT-CHMEvents/1');
    my $last   = '';
    for my $attempt (0 .. @RETRY_WAITS) {
        Time::HiRes::sleep($RETRY_WAITS[$attempt - 1]) if $attempt > 0;
        my $timestamp = time;
        my $signature = encode_base64(hmac_sha256("$webhookId.$timestamp.$body", $key), '');
        my $request = HTTP::Request->new(POST => $url, [
            'Content-Type'      => 'application/cloudevents-batch+json',
            'webhook-id'        => $webhookId,
            'webhook-timestamp' => $timestamp,
            'webhook-signature' => "v1,$signature",
        ], $body);
        my $response = $agent->request($request);
        return 1 if $response->is_success;
        $last = $response->status_line . ' ' . substr($response->decoded_content // '', 0, 500);
        # A refusal of the request itself (signature, tenant, body) is not helped by asking again.
        last if $response->code >= 400 && $response->code < 500 && $response->code != 429
            && !$response->header('Client-Warning');
    }
    RT->Logger->error("Customer Health Monitor: events of transaction $webhookId not posted to $url: $last");
    return 0;
}

1;
