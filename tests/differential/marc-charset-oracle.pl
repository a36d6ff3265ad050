# The MARC::Record + MARC::Charset oracle: reads each ISO 2709 file named on the command line
# with MARC::File::USMARC and prints one JSON line per file:
#   {"file", "warnings": [first 5], "charsetWarnings", "indicatorRepairs", "recordCount",
#    "records": [{"leader", "marc8": 0|1, "fields": [{"tag", "value"} | {"tag", "ind1", "ind2", "subfields": [[code, text]]}]}]}
# Texts are hex of UTF-8 bytes, so no JSON or locale layer can change a byte. Records are printed
# only for a file read without structural warnings: nothing else is compared, and a broken
# 214 KB record as JSON::PP text takes seconds. MARC-8 subfields go through marc8_to_utf8 one at
# a time, each preceded by the escapes in force at the end of the previous subfields: MARC 21
# keeps a designated set for the rest of the field, and subfield codes are never decoded.
use strict;
use warnings;
use JSON::PP;
use MARC::Charset qw(marc8_to_utf8);
use MARC::File::USMARC;
use Encode qw(encode);

MARC::Charset->ignore_errors(1);
MARC::Charset->assume_unicode(0);
{
  # MARC::File::USMARC decodes UTF-8 itself when leader/09 is 'a'; keep the raw bytes instead,
  # so every text reaches the output the same way (bad UTF-8 bytes become U+FFFD on reading).
  no warnings 'redefine';
  *MARC::File::USMARC::marc_to_utf8 = sub { $_[0] };
}

my $json = JSON::PP->new->canonical;
binmode STDOUT;

sub hex_of { my ($text) = @_; $text = encode('UTF-8', $text) if utf8::is_utf8($text); unpack('H*', $text) }

# MARC::Record's own rule: leader/09 'a' is UTF-8, anything else MARC-8. Where the leader lies,
# fihris reads the bytes instead and says so (decode.encoding-differs-from-leader).
sub is_marc8 { my ($record) = @_; substr($record->leader, 9, 1) eq 'a' ? 0 : 1 }

# MARC::Charset's complaints about the bytes (broken escapes...) are counted apart from
# MARC::Record's complaints about the structure: only the latter make a file unclean.
my $charset_warnings = 0;

sub text_of {
  my ($bytes, $marc8) = @_;
  return $bytes unless $marc8;
  local $SIG{__WARN__} = sub { $charset_warnings++ };
  return marc8_to_utf8($bytes) // '';
}

sub field_json {
  my ($field, $marc8) = @_;
  return { tag => $field->tag, value => hex_of(text_of($field->data, $marc8)) } if $field->is_control_field;
  my ($g0, $g1, @subfields) = ('', '');
  for my $subfield ($field->subfields) {
    my ($code, $bytes) = @$subfield;
    push @subfields, [$code, hex_of(text_of($g0 . $g1 . $bytes, $marc8))];
    ($g0, $g1) = designations_after($bytes, $g0, $g1);
  }
  return { tag => $field->tag, ind1 => $field->indicator(1), ind2 => $field->indicator(2), subfields => \@subfields };
}

# The last G0 and G1 designations in some MARC-8 bytes (technique 1 Greek/sub/superscript is G0).
sub designations_after {
  my ($bytes, $g0, $g1) = @_;
  while ($bytes =~ /(\x1B(?:\$?[)\-].|\$?[(,].|\$[^()\-,]|[gbps]))/g) {
    my $escape = $1;
    if ($escape =~ /^\x1B\$?[)\-]/) { $g1 = $escape } else { $g0 = $escape }
  }
  return ($g0, $g1);
}

for my $path (@ARGV) {
  my (@records, @warnings, $count, $repairs);
  $charset_warnings = 0;
  my $file = MARC::File::USMARC->in($path);
  local $SIG{__WARN__} = sub { push @warnings, "@_" };
  while (1) {
    my $record = eval { $file->next };
    if ($@) { push @warnings, "died: $@"; last }
    last unless $record;
    # MARC::Record forces a bad indicator to blank, as fihris does: a repair, not a misreading.
    my @record_warnings = $record->warnings;
    $repairs += grep { /^Invalid indicators? .* forced to blanks?/ } @record_warnings;
    push @warnings, grep { !/^Invalid indicators? .* forced to blanks?/ } @record_warnings;
    $count++;
    next if @warnings;
    my $marc8 = is_marc8($record);
    push @records, { leader => hex_of($record->leader), marc8 => $marc8, fields => [map { field_json($_, $marc8) } $record->fields] };
  }
  $file->close;
  @records = () if @warnings;
  splice @warnings, 5 if @warnings > 5;
  print $json->encode({ file => $path, warnings => \@warnings, charsetWarnings => $charset_warnings, indicatorRepairs => $repairs // 0, recordCount => $count // 0, records => \@records }), "\n";
}
