///Module containing a contract's types and functions.
/**

```solidity
library IComponentMarket {
    struct Component { address author; uint32 versionCount; }
    struct Ledger { uint128 earnings; uint128 fees; }
    struct Usage { uint128 credits; uint32 version; uint8 requiredAttestations; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IComponentMarket {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Component { address author; uint32 versionCount; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Component {
        #[allow(missing_docs)]
        pub author: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub versionCount: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Component> for UnderlyingRustTuple<'_> {
            fn from(value: Component) -> Self {
                (value.author, value.versionCount)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Component {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    author: tuple.0,
                    versionCount: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Component {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Component {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.author,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.versionCount),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Component {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Component {
            const NAME: &'static str = "Component";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Component(address author,uint32 versionCount)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.author,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.versionCount)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Component {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.author,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.versionCount,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.author,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.versionCount,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Ledger { uint128 earnings; uint128 fees; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Ledger {
        #[allow(missing_docs)]
        pub earnings: u128,
        #[allow(missing_docs)]
        pub fees: u128,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<128>,
            alloy::sol_types::sol_data::Uint<128>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u128, u128);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Ledger> for UnderlyingRustTuple<'_> {
            fn from(value: Ledger) -> Self {
                (value.earnings, value.fees)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Ledger {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    earnings: tuple.0,
                    fees: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Ledger {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Ledger {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::tokenize(&self.earnings),
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::tokenize(&self.fees),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Ledger {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Ledger {
            const NAME: &'static str = "Ledger";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Ledger(uint128 earnings,uint128 fees)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.earnings)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.fees)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Ledger {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.earnings,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.fees)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    128,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.earnings,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    128,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.fees,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Usage { uint128 credits; uint32 version; uint8 requiredAttestations; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Usage {
        #[allow(missing_docs)]
        pub credits: u128,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub requiredAttestations: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<128>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<8>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u128, u32, u8);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Usage> for UnderlyingRustTuple<'_> {
            fn from(value: Usage) -> Self {
                (value.credits, value.version, value.requiredAttestations)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Usage {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    credits: tuple.0,
                    version: tuple.1,
                    requiredAttestations: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Usage {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Usage {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::tokenize(&self.credits),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.requiredAttestations),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Usage {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Usage {
            const NAME: &'static str = "Usage";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Usage(uint128 credits,uint32 version,uint8 requiredAttestations)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.credits)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.version)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.requiredAttestations,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Usage {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        128,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.credits,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.version,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.requiredAttestations,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    128,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.credits,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.version,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.requiredAttestations,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IComponentMarket`](self) contract instance.

See the [wrapper's documentation](`IComponentMarketInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IComponentMarketInstance<P, N> {
        IComponentMarketInstance::<P, N>::new(address, __provider)
    }
    /**A [`IComponentMarket`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IComponentMarket`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IComponentMarketInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IComponentMarketInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IComponentMarketInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IComponentMarketInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IComponentMarket`](self) contract instance.

See the [wrapper's documentation](`IComponentMarketInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IComponentMarketInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IComponentMarketInstance<P, N> {
            IComponentMarketInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IComponentMarketInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IComponentMarketInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IComponentMarket {
    struct Component {
        address author;
        uint32 versionCount;
    }
    struct Ledger {
        uint128 earnings;
        uint128 fees;
    }
    struct Usage {
        uint128 credits;
        uint32 version;
        uint8 requiredAttestations;
    }
}

interface ComponentMarket {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error ComponentMarketAlreadyAttested(uint256 componentId, uint32 version, address attester);
    error ComponentMarketAttesterAlreadyApproved(address attester);
    error ComponentMarketAttesterLimitReached(uint256 maximum);
    error ComponentMarketDeploymentAlreadySet(uint256 componentId, uint32 version, uint256 chainId, address deployment);
    error ComponentMarketDeploymentCodeChanged(uint256 componentId, uint32 version, bytes32 expected, bytes32 actual);
    error ComponentMarketFeeTooHigh(uint16 feeBps, uint16 maximum);
    error ComponentMarketInsufficientCredits(uint256 componentId, address consumer, uint256 cost, uint256 credits);
    error ComponentMarketNoDeployment(uint256 componentId, uint32 version);
    error ComponentMarketNoEarnings(uint256 componentId);
    error ComponentMarketNoFees();
    error ComponentMarketNotApprovedAttester(address attester);
    error ComponentMarketNotAttested(uint256 componentId, uint32 version, address attester);
    error ComponentMarketNotAuthor(uint256 componentId, address caller, address author);
    error ComponentMarketNotDeployment(uint256 componentId, uint32 version, address caller);
    error ComponentMarketThresholdNotMet(uint256 componentId, uint32 version, uint256 attestations, uint256 required);
    error ComponentMarketThresholdTooHigh(uint8 required, uint256 maximum);
    error ComponentMarketUnknownComponent(uint256 componentId);
    error ComponentMarketUnknownVersion(uint256 componentId, uint32 version);
    error ComponentMarketZeroAddress();
    error ComponentMarketZeroAmount();
    error ComponentMarketZeroChainId();
    error ComponentMarketZeroUses();
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SafeERC20FailedOperation(address token);

    event AttestationRevoked(uint256 indexed componentId, uint32 indexed version, address indexed attester);
    event Attested(uint256 indexed componentId, uint32 indexed version, address indexed attester);
    event AttesterApproved(address indexed attester, uint8 slot);
    event AttesterRemoved(address indexed attester);
    event Charged(uint256 indexed componentId, address indexed consumer, uint32 indexed version, uint256 uses, uint256 cost, uint256 protocolFee);
    event ComponentRegistered(uint256 indexed componentId, address indexed author, string uri);
    event CreditsDeposited(uint256 indexed componentId, address indexed consumer, address indexed from, uint256 amount);
    event CreditsWithdrawn(uint256 indexed componentId, address indexed consumer, address to, uint256 amount);
    event DeploymentSet(uint256 indexed componentId, uint32 indexed version, uint256 indexed chainId, address deployment);
    event EarningsWithdrawn(uint256 indexed componentId, address indexed author, address to, uint256 amount);
    event FeesSwept(address indexed treasury, uint256 amount);
    event ProtocolFeeSet(uint16 feeBps);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
    event TreasurySet(address indexed treasury);
    event UsageSet(uint256 indexed componentId, address indexed consumer, uint32 version, uint8 requiredAttestations);
    event VersionPublished(uint256 indexed componentId, uint32 indexed version, bytes32 contentHash, string uri, uint96 feePerUse);

    constructor(address era_, address treasury_, address admin, uint16 protocolFeeBps_);

    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function MAX_ATTESTERS() external view returns (uint256);
    function approveAttester(address attester) external;
    function attest(uint256 componentId, uint32 version) external;
    function attestationCount(uint256 componentId, uint32 version) external view returns (uint256);
    function attesterSlotsIssued() external view returns (uint256);
    function charge(uint256 componentId, address consumer, uint256 uses) external returns (uint256 cost);
    function componentCount() external view returns (uint256);
    function deploymentCodeHash(uint256 componentId, uint32 version) external view returns (bytes32);
    function deploymentOf(uint256 componentId, uint32 version, uint256 chainId) external view returns (address);
    function depositCredits(uint256 componentId, address consumer, uint256 amount) external;
    function era() external view returns (address);
    function getComponent(uint256 componentId) external view returns (IComponentMarket.Component memory);
    function getLedger(uint256 componentId) external view returns (IComponentMarket.Ledger memory);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function getUsage(uint256 componentId, address consumer) external view returns (IComponentMarket.Usage memory);
    function getVersion(uint256 componentId, uint32 version) external view returns (bytes32 contentHash, string memory uri, uint96 feePerUse);
    function grantRole(bytes32 role, address account) external;
    function hasAttested(uint256 componentId, uint32 version, address attester) external view returns (bool);
    function hasRole(bytes32 role, address account) external view returns (bool);
    function isApprovedAttester(address attester) external view returns (bool);
    function protocolFeeBps() external view returns (uint16);
    function publishVersion(uint256 componentId, bytes32 contentHash, string memory uri, uint96 feePerUse) external returns (uint32 version);
    function registerComponent(string memory uri) external returns (uint256 componentId);
    function removeAttester(address attester) external;
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function revokeAttestation(uint256 componentId, uint32 version) external;
    function revokeRole(bytes32 role, address account) external;
    function setDeployment(uint256 componentId, uint32 version, uint256 chainId, address deployment) external;
    function setProtocolFee(uint16 feeBps) external;
    function setTreasury(address treasury_) external;
    function setUsage(uint256 componentId, uint32 version, uint8 requiredAttestations) external;
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function sweepFees(uint256[] memory componentIds) external returns (uint256 amount);
    function treasury() external view returns (address);
    function withdrawCredits(uint256 componentId, uint256 amount, address to) external;
    function withdrawEarnings(uint256 componentId, address to) external returns (uint256 amount);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "era_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "protocolFeeBps_",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MAX_ATTESTERS",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "approveAttester",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "attest",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "attestationCount",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "attesterSlotsIssued",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "charge",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "uses",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "cost",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "componentCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "deploymentCodeHash",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "deploymentOf",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "depositCredits",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "era",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getComponent",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IComponentMarket.Component",
        "components": [
          {
            "name": "author",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "versionCount",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getLedger",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IComponentMarket.Ledger",
        "components": [
          {
            "name": "earnings",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "fees",
            "type": "uint128",
            "internalType": "uint128"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getUsage",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IComponentMarket.Usage",
        "components": [
          {
            "name": "credits",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "version",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "requiredAttestations",
            "type": "uint8",
            "internalType": "uint8"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getVersion",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "feePerUse",
        "type": "uint96",
        "internalType": "uint96"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasAttested",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isApprovedAttester",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "protocolFeeBps",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "publishVersion",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "feePerUse",
        "type": "uint96",
        "internalType": "uint96"
      }
    ],
    "outputs": [
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "registerComponent",
    "inputs": [
      {
        "name": "uri",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "removeAttester",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeAttestation",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setDeployment",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deployment",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setProtocolFee",
    "inputs": [
      {
        "name": "feeBps",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setTreasury",
    "inputs": [
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setUsage",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "requiredAttestations",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "sweepFees",
    "inputs": [
      {
        "name": "componentIds",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "treasury",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "withdrawCredits",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "withdrawEarnings",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "AttestationRevoked",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "attester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Attested",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "attester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AttesterApproved",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "slot",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AttesterRemoved",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Charged",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "uses",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "cost",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "protocolFee",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ComponentRegistered",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "author",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "uri",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CreditsDeposited",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "CreditsWithdrawn",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DeploymentSet",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "deployment",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EarningsWithdrawn",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "author",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FeesSwept",
    "inputs": [
      {
        "name": "treasury",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProtocolFeeSet",
    "inputs": [
      {
        "name": "feeBps",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TreasurySet",
    "inputs": [
      {
        "name": "treasury",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "UsageSet",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "requiredAttestations",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "VersionPublished",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "feePerUse",
        "type": "uint96",
        "indexed": false,
        "internalType": "uint96"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketAlreadyAttested",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketAttesterAlreadyApproved",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketAttesterLimitReached",
    "inputs": [
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketDeploymentAlreadySet",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deployment",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketDeploymentCodeChanged",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "expected",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "actual",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketFeeTooHigh",
    "inputs": [
      {
        "name": "feeBps",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "maximum",
        "type": "uint16",
        "internalType": "uint16"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketInsufficientCredits",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "consumer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "cost",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "credits",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketNoDeployment",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketNoEarnings",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketNoFees",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ComponentMarketNotApprovedAttester",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketNotAttested",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketNotAuthor",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "author",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketNotDeployment",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketThresholdNotMet",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "attestations",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "required",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketThresholdTooHigh",
    "inputs": [
      {
        "name": "required",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketUnknownComponent",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketUnknownVersion",
    "inputs": [
      {
        "name": "componentId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ComponentMarketZeroAddress",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ComponentMarketZeroAmount",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ComponentMarketZeroChainId",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ComponentMarketZeroUses",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod ComponentMarket {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60a060405234801561000f575f5ffd5b5060405161299038038061299083398101604081905261002e91610261565b6001600160a01b038416158061004b57506001600160a01b038316155b8061005d57506001600160a01b038216155b1561007b576040516368c2c25b60e11b815260040160405180910390fd5b6001600160a01b0384166080526100925f836100ae565b5061009c83610157565b6100a5816101c7565b505050506102c3565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661014e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101063390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610151565b505f5b92915050565b6001600160a01b03811661017e576040516368c2c25b60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b6107d061ffff8216111561020057604051634c2c01dd60e01b815261ffff821660048201526107d0602482015260440160405180910390fd5b6001805461ffff191661ffff83169081179091556040519081527f344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e69060200160405180910390a150565b6001600160a01b038116811461025e575f5ffd5b50565b5f5f5f5f60808587031215610274575f5ffd5b845161027f8161024a565b60208601519094506102908161024a565b60408601519093506102a18161024a565b606086015190925061ffff811681146102b8575f5ffd5b939692955090935050565b6080516126996102f75f395f818161026d015281816107d40152818161098c01528181610fa401526115ee01526126995ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c806370c728691161012a578063b347d0d9116100b4578063d5ba644c11610079578063d5ba644c1461068e578063da771733146106c3578063e4467f35146106cb578063f0f44260146106de578063f6622b1e146106f1575f5ffd5b8063b347d0d914610603578063ba1dc40714610625578063bcb3e5c214610638578063cc78fef114610668578063d547741f1461067b575f5ffd5b806381599073116100fa57806381599073146105b057806391d14854146105c357806392f2f7a0146105d6578063a217fddf146105e9578063b0c4d3d9146105f0575f5ffd5b806370c72869146104f757806377935ca31461050a57806379c38b9b1461058a57806380ee584a1461059d575f5ffd5b80632f2ff15d116101ab57806344202d6e1161017b57806344202d6e1461036a5780634f27da18146104255780635e7cf5ab146104ab57806361d027b3146104be57806367552576146104cf575f5ffd5b80632f2ff15d1461031b57806335659fb81461032e57806336568abe146103445780634051e50514610357575f5ffd5b80631fe26e9d116101f15780631fe26e9d146102b657806323c749fb146102be578063248a9ca3146102d157806324947c38146102f35780632c32bbdb14610308575f5ffd5b806301ffc9a7146102225780630eeffb321461024a578063143e55e01461026b5780631623affb146102a5575b5f5ffd5b610235610230366004612042565b610704565b60405190151581526020015b60405180910390f35b61025d610258366004612084565b61073a565b604051908152602001610241565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610241565b60015462010000900460ff1661025d565b60035461025d565b61028d6102cc3660046120c1565b610848565b61025d6102df3660046120f4565b5f9081526020819052604090206001015490565b61030661030136600461210b565b6108b6565b005b61030661031636600461212d565b610a10565b610306610329366004612084565b610adf565b60015460405161ffff9091168152602001610241565b610306610352366004612084565b610b09565b61030661036536600461216f565b610b41565b6103f1610378366004612084565b60408051606080820183525f8083526020808401829052928401819052948552600882528285206001600160a01b039490941685529281529281902081519283018252546001600160801b0381168352600160801b810463ffffffff1693830193909352600160a01b90920460ff169181019190915290565b6040805182516001600160801b0316815260208084015163ffffffff16908201529181015160ff1690820152606001610241565b6104816104333660046120f4565b604080518082019091525f8082526020820152505f908152600460209081526040918290208251808401909352546001600160a01b0381168352600160a01b900463ffffffff169082015290565b6040805182516001600160a01b0316815260209283015163ffffffff169281019290925201610241565b6103066104b9366004612190565b610c13565b6002546001600160a01b031661028d565b6104e26104dd3660046121ee565b610dd8565b60405163ffffffff9091168152602001610241565b61025d61050536600461225f565b610ec8565b6105636105183660046120f4565b604080518082019091525f8082526020820152505f908152600960209081526040918290208251808401909352546001600160801b038082168452600160801b909104169082015290565b6040805182516001600160801b039081168252602093840151169281019290925201610241565b61030661059836600461216f565b611015565b61025d6105ab36600461210b565b611143565b61025d6105be36600461216f565b6114bd565b6102356105d1366004612084565b611504565b6103066105e43660046122d0565b61152c565b61025d5f81565b6103066105fe366004612302565b61166a565b61061661061136600461216f565b6117fa565b60405161024193929190612345565b61025d610633366004612391565b6118d8565b610235610646366004612190565b6001600160a01b03165f90815260076020526040902054610100900460ff1690565b610306610676366004612190565b611945565b610306610689366004612084565b6119da565b61025d61069c36600461216f565b5f91825260056020908152604080842063ffffffff93909316845291905290206004015490565b61025d608081565b6103066106d93660046123d0565b6119fe565b6103066106ec366004612190565b611a15565b6102356106ff3660046123f1565b611a28565b5f6001600160e01b03198216637965db0b60e01b148061073457506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f61074483611aac565b6001600160a01b03821661076b576040516368c2c25b60e11b815260040160405180910390fd5b505f828152600960205260408120546001600160801b0316908190036107ac57604051636db86cb360e01b8152600481018490526024015b60405180910390fd5b5f83815260096020526040902080546001600160801b03191690556107fb6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383611b25565b604080516001600160a01b038416815260208101839052339185917fd0673793972886981e563fdc8f76e882de7bcfa2d2949a32ce4eb4a2536c88f691015b60405180910390a392915050565b5f468214610885575f84815260066020908152604080832063ffffffff8716845282528083208584529091529020546001600160a01b03166108ae565b5f84815260056020908152604080832063ffffffff871684529091529020546001600160a01b03165b949350505050565b8215806108c4575060035483115b156108e557604051635375919760e11b8152600481018490526024016107a3565b6001600160a01b03821661090c576040516368c2c25b60e11b815260040160405180910390fd5b805f0361092c5760405163524ec4d160e11b815260040160405180910390fd5b5f8381526008602090815260408083206001600160a01b03861684529091529020805461096c906109679084906001600160801b0316612435565b611b84565b81546001600160801b0319166001600160801b03919091161781556109bc7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316333085611bbb565b336001600160a01b0316836001600160a01b0316857f4c12f91ba39a28bf5c0ff3aa90d805b4e410ae7ba9d362c4af587dff67a9a67985604051610a0291815260200190565b60405180910390a450505050565b610a1a8383611bf4565b60808160ff161115610a4a576040516225d26d60e11b815260ff82166004820152608060248201526044016107a3565b5f8381526008602090815260408083203380855290835292819020805464ffffffffff60801b1916600160801b63ffffffff881690810260ff60a01b191691909117600160a01b60ff8816908102919091178355835191825293810193909352929186917f2dde0dcd0ce70da76a6cf65e55d1a0a5bbf10b376e954254c585e6776c1bfecb910160405180910390a350505050565b5f82815260208190526040902060010154610af981611c51565b610b038383611c5e565b50505050565b6001600160a01b0381163314610b325760405163334bd91960e11b815260040160405180910390fd5b610b3c8282611ced565b505050565b5f610b4b33611d56565b5f84815260056020908152604080832063ffffffff87168452909152812060018181015460ff949094161b93509183166001600160801b03169003610bb75760405162188b8d60ea1b81526004810185905263ffffffff841660248201523360448201526064016107a3565b6001810180546001600160801b0384198216166001600160801b0319909116179055604051339063ffffffff85169086907ff1343635574f143a071a9e2e9887d0026228ebbb2754e49b0244bfea9d800a29905f90a450505050565b5f610c1d81611c51565b6001600160a01b038216610c44576040516368c2c25b60e11b815260040160405180910390fd5b6001600160a01b0382165f90815260076020526040902054610100900460ff1615610c8d5760405163b62cd54960e01b81526001600160a01b03831660048201526024016107a3565b6040805160608101825260015461ffff8116825262010000810460ff166020830181905263010000009091046001600160801b03169282019290925290607f1901610cee57604051630b73973960e01b8152608060048201526024016107a3565b60208181018051600180820160ff90811693849052604080870180516001600160801b0384871686811b90921716918290528851855461ffff90911662ffffff199091161762010000909702969096176301000000600160981b0319166301000000909102178355805180820182528581528087019384526001600160a01b038a165f81815260078952839020915182549551941661ffff1990951694909417610100931515939093029290921790915551928352909290917f0c2158e494e6bd10d3a26f2bb98eee33cc5d63336ec2bb7dec0bab715daf57aa910160405180910390a250505050565b5f610de286611aac565b5f8681526004602052604090208054601490610e0a90600160a01b900463ffffffff16612448565b825463ffffffff8083166101009490940a848102910219909116179092555f8881526005602090815260408083209383529290522080546001600160601b038516600160a01b026001600160a01b039091161781556002810187905590915060038101610e788587836124fc565b508163ffffffff16877f8629bce927e245250d2d0ee1da3573b4c1e0b34f5a70eac41f8bc9820fdc313c88888888604051610eb694939291906125de565b60405180910390a35095945050505050565b5f5f5b82811015610f6e5760095f858584818110610ee857610ee8612611565b602090810292909201358352508101919091526040015f2054610f1b90600160801b90046001600160801b031683612435565b91505f60095f868685818110610f3357610f33612611565b602090810292909201358352508101919091526040015f2080546001600160801b03928316600160801b029216919091179055600101610ecb565b50805f03610f8f576040516306cd009f60e11b815260040160405180910390fd5b6002546001600160a01b0390811690610fcb907f0000000000000000000000000000000000000000000000000000000000000000168284611b25565b806001600160a01b03167fb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e88360405161100691815260200190565b60405180910390a25092915050565b5f61101f33611d56565b60ff1660016001600160801b0316901b905061103b8383611bf4565b5f83815260056020908152604080832063ffffffff861684529091529020600181015482166001600160801b03161561109c5760405163770bb98560e01b81526004810185905263ffffffff841660248201523360448201526064016107a3565b80546001600160a01b0316806110d45760405163656d097960e01b81526004810186905263ffffffff851660248201526044016107a3565b6110e48585838560040154611dbf565b6001820180546001600160801b03808616908216176001600160801b0319909116179055604051339063ffffffff86169087907ffa330701d0fdf73d19ae0ce55cac2f574a898ee428d6982c9b188dbe7f6f3b89905f90a45050505050565b5f8381526008602090815260408083206001600160a01b038681168552908352818420825160608101845290546001600160801b0381168252600160801b810463ffffffff908116838701908152600160a01b90920460ff1683860152898752600586528487209151168652909352908320805490911633146111f457602082015160405163f579881760e01b81526004810188905263ffffffff90911660248201523360448201526064016107a3565b835f0361121457604051630ac6ec3160e01b815260040160405180910390fd5b6040805160608101825260015461ffff8116825262010000810460ff908116602084015263010000009091046001600160801b03168284015291840151909116156112e157604081015160018301545f9161127891166001600160801b0316611e0e565b9050836040015160ff168110156112cb576020840151604080860151905163a59a88a560e01b8152600481018b905263ffffffff90921660248301526044820183905260ff1660648201526084016107a3565b6112df888560200151338660040154611dbf565b505b81546112fd90600160a01b90046001600160601b031686612625565b83519094506001600160801b0316841115611356578251604051633c674dbb60e01b8152600481018990526001600160a01b0388166024820152604481018690526001600160801b0390911660648201526084016107a3565b5f5f61136986845f015161ffff16611e80565b86515f8c81526008602090815260408083206001600160a01b038f168452825280832080546001600160801b0319166001600160801b039586168e900386161790558e835260098252918290208251808401845290548085168252600160801b900484169181019190915281518083019092528051949650929450919282916113f89161096791889116612435565b6001600160801b031681526020016114228484602001516001600160801b03166109679190612435565b6001600160801b039081169091525f8c8152600960209081526040918290208451948201518416600160801b0294909316939093179091558782015181518b81529283018a905290820184905263ffffffff16906001600160a01b038b16908c907fc0e2cbf1992ae9f915125e92ae0839f7c6dbc0f110bd0689efa64ec14055e4b39060600160405180910390a45050505050509392505050565b600180545f84815260056020908152604080832063ffffffff871684529091528120909201546114fd9163010000009004166001600160801b0316611e0e565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6001600160a01b038116611553576040516368c2c25b60e11b815260040160405180910390fd5b815f036115735760405163524ec4d160e11b815260040160405180910390fd5b5f838152600860209081526040808320338452909152902080546001600160801b0316808411156115ce57604051633c674dbb60e01b81526004810186905233602482015260448101859052606481018290526084016107a3565b81546001600160801b0319168482036001600160801b031617825561161d7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168486611b25565b604080516001600160a01b038516815260208101869052339187917f716b499f2872bded624529b599d24cf485f84ee760b01d24f3dd31210130b2ab910160405180910390a35050505050565b61167384611aac565b61167d8484611bf4565b815f0361169d57604051637e04795960e11b815260040160405180910390fd5b6001600160a01b0381166116c4576040516368c2c25b60e11b815260040160405180910390fd5b5f6116d0858585610848565b90506001600160a01b0381161561171f57604051637fe3470160e01b81526004810186905263ffffffff85166024820152604481018490526001600160a01b03821660648201526084016107a3565b46830361176b575f85815260056020908152604080832063ffffffff88168452909152902080546001600160a01b0319166001600160a01b03841690811782553f6004909101556117ab565b5f85815260066020908152604080832063ffffffff881684528252808320868452909152902080546001600160a01b0319166001600160a01b0384161790555b6040516001600160a01b0383168152839063ffffffff86169087907f5fe7b4f97aef1047ba355a92dbc28a1d1f24e5c955b5f8e3b1fbee0f5651e79e9060200160405180910390a45050505050565b5f82815260056020908152604080832063ffffffff8516845290915281206002810154815460038301805460609486949093909291600160a01b9091046001600160601b031690829061184c90612480565b80601f016020809104026020016040519081016040528092919081815260200182805461187890612480565b80156118c35780601f1061189a576101008083540402835291602001916118c3565b820191905f5260205f20905b8154815290600101906020018083116118a657829003601f168201915b50505050509150935093509350509250925092565b5f60035f81546118e79061263c565b91829055505f818152600460205260409081902080546001600160a01b0319163390811790915590519192509082907fade016a8d321644e51a5c277d9237400e3f1e027c3088dcfe698ef48c562f7b09061083a9087908790612654565b5f61194f81611c51565b5f61195983611d56565b60018054630100000080820460ff851684901b19166001600160801b0316026301000000600160981b03199091161790556001600160a01b0384165f81815260076020526040808220805461ff00191690555192935090917f368846ed588a2fb12b4fabffde520ad537df26ea80ad789b60afc37c5cc7fe6b9190a2505050565b5f828152602081905260409020600101546119f481611c51565b610b038383611ced565b5f611a0881611c51565b611a1182611eae565b5050565b5f611a1f81611c51565b611a1182611f2d565b6001600160a01b0381165f90815260076020908152604080832081518083019092525460ff808216835261010090910416158015928201839052909190611aa3575080515f86815260056020908152604080832063ffffffff89168452909152902060019081015460ff9092161b166001600160801b031615155b95945050505050565b5f818152600460205260409020546001600160a01b031680611ae457604051635375919760e11b8152600481018390526024016107a3565b6001600160a01b0381163314611a115760405163dbe2cc7b60e01b8152600481018390523360248201526001600160a01b03821660448201526064016107a3565b6040516001600160a01b03838116602483015260448201839052610b3c91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050611f9d565b5f6001600160801b03821115611bb7576040516306dfcc6560e41b815260806004820152602481018390526044016107a3565b5090565b6040516001600160a01b038481166024830152838116604483015260648201839052610b039186918216906323b872dd90608401611b52565b63ffffffff81161580611c2457505f8281526004602052604090205463ffffffff600160a01b9091048116908216115b15611a1157604051630e010b4360e01b81526004810183905263ffffffff821660248201526044016107a3565b611c5b8133612009565b50565b5f611c698383611504565b611ce6575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611c9e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610734565b505f610734565b5f611cf88383611504565b15611ce6575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610734565b6001600160a01b0381165f90815260076020908152604080832081518083019092525460ff808216835261010090910416151591810182905290611db8576040516381f524a560e01b81526001600160a01b03841660048201526024016107a3565b5192915050565b6001600160a01b0382163f818114611e07576040516354bbddfd60e11b81526004810186905263ffffffff8516602482015260448101839052606481018290526084016107a3565b5050505050565b600181901c6f55555555555555555555555555555555166001600160801b0390911603600281901c6f33333333333333333333333333333333908116911601600481901c016f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f166f010101010101010101010101010101010260781c60ff1690565b5f80612710611e8f8486612625565b611e999190612667565b9050611ea58185612686565b91509250929050565b6107d061ffff82161115611ee357604051634c2c01dd60e01b815261ffff821660048201526107d060248201526044016107a3565b6001805461ffff191661ffff83169081179091556040519081527f344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e69060200160405180910390a150565b6001600160a01b038116611f54576040516368c2c25b60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b5f5f60205f8451602086015f885af180611fbc576040513d5f823e3d81fd5b50505f513d91508115611fd3578060011415611fe0565b6001600160a01b0384163b155b15610b0357604051635274afe760e01b81526001600160a01b03851660048201526024016107a3565b6120138282611504565b611a115760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107a3565b5f60208284031215612052575f5ffd5b81356001600160e01b0319811681146114fd575f5ffd5b80356001600160a01b038116811461207f575f5ffd5b919050565b5f5f60408385031215612095575f5ffd5b823591506120a560208401612069565b90509250929050565b803563ffffffff8116811461207f575f5ffd5b5f5f5f606084860312156120d3575f5ffd5b833592506120e3602085016120ae565b929592945050506040919091013590565b5f60208284031215612104575f5ffd5b5035919050565b5f5f5f6060848603121561211d575f5ffd5b833592506120e360208501612069565b5f5f5f6060848603121561213f575f5ffd5b8335925061214f602085016120ae565b9150604084013560ff81168114612164575f5ffd5b809150509250925092565b5f5f60408385031215612180575f5ffd5b823591506120a5602084016120ae565b5f602082840312156121a0575f5ffd5b6114fd82612069565b5f5f83601f8401126121b9575f5ffd5b50813567ffffffffffffffff8111156121d0575f5ffd5b6020830191508360208285010111156121e7575f5ffd5b9250929050565b5f5f5f5f5f60808688031215612202575f5ffd5b8535945060208601359350604086013567ffffffffffffffff811115612226575f5ffd5b612232888289016121a9565b90945092505060608601356001600160601b0381168114612251575f5ffd5b809150509295509295909350565b5f5f60208385031215612270575f5ffd5b823567ffffffffffffffff811115612286575f5ffd5b8301601f81018513612296575f5ffd5b803567ffffffffffffffff8111156122ac575f5ffd5b8560208260051b84010111156122c0575f5ffd5b6020919091019590945092505050565b5f5f5f606084860312156122e2575f5ffd5b83359250602084013591506122f960408501612069565b90509250925092565b5f5f5f5f60808587031215612315575f5ffd5b84359350612325602086016120ae565b92506040850135915061233a60608601612069565b905092959194509250565b838152606060208201525f83518060608401528060208601608085015e5f608082850101526080601f19601f8301168401019150506001600160601b0383166040830152949350505050565b5f5f602083850312156123a2575f5ffd5b823567ffffffffffffffff8111156123b8575f5ffd5b6123c4858286016121a9565b90969095509350505050565b5f602082840312156123e0575f5ffd5b813561ffff811681146114fd575f5ffd5b5f5f5f60608486031215612403575f5ffd5b83359250612413602085016120ae565b91506122f960408501612069565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561073457610734612421565b5f63ffffffff821663ffffffff810361246357612463612421565b60010192915050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061249457607f821691505b6020821081036124b257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610b3c57805f5260205f20601f840160051c810160208510156124dd5750805b601f840160051c820191505b81811015611e07575f81556001016124e9565b67ffffffffffffffff8311156125145761251461246c565b612528836125228354612480565b836124b8565b5f601f841160018114612559575f85156125425750838201355b5f19600387901b1c1916600186901b178355611e07565b5f83815260208120601f198716915b828110156125885786850135825560209485019460019092019101612568565b50868210156125a4575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b848152606060208201525f6125f76060830185876125b6565b90506001600160601b038316604083015295945050505050565b634e487b7160e01b5f52603260045260245ffd5b808202811582820484141761073457610734612421565b5f6001820161264d5761264d612421565b5060010190565b602081525f6108ae6020830184866125b6565b5f8261268157634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156107345761073461242156
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa)\x908\x03\x80a)\x90\x839\x81\x01`@\x81\x90Ra\0.\x91a\x02aV[`\x01`\x01`\xA0\x1B\x03\x84\x16\x15\x80a\0KWP`\x01`\x01`\xA0\x1B\x03\x83\x16\x15[\x80a\0]WP`\x01`\x01`\xA0\x1B\x03\x82\x16\x15[\x15a\0{W`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x84\x16`\x80Ra\0\x92_\x83a\0\xAEV[Pa\0\x9C\x83a\x01WV[a\0\xA5\x81a\x01\xC7V[PPPPa\x02\xC3V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x01NW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x01\x063\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x01QV[P_[\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x01~W`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[a\x07\xD0a\xFF\xFF\x82\x16\x11\x15a\x02\0W`@QcL,\x01\xDD`\xE0\x1B\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01Ra\x07\xD0`$\x82\x01R`D\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x80Ta\xFF\xFF\x19\x16a\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F4N\xD1\xADM\xDD~c\xE0D\x03\x81\x1E8\x05\x88\x95\xEFzek\xF6\xD5\xB2]!\x9E\0\x83\xC2'\xE6\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x02^W__\xFD[PV[____`\x80\x85\x87\x03\x12\x15a\x02tW__\xFD[\x84Qa\x02\x7F\x81a\x02JV[` \x86\x01Q\x90\x94Pa\x02\x90\x81a\x02JV[`@\x86\x01Q\x90\x93Pa\x02\xA1\x81a\x02JV[``\x86\x01Q\x90\x92Pa\xFF\xFF\x81\x16\x81\x14a\x02\xB8W__\xFD[\x93\x96\x92\x95P\x90\x93PPV[`\x80Qa&\x99a\x02\xF7_9_\x81\x81a\x02m\x01R\x81\x81a\x07\xD4\x01R\x81\x81a\t\x8C\x01R\x81\x81a\x0F\xA4\x01Ra\x15\xEE\x01Ra&\x99_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\x1EW_5`\xE0\x1C\x80cp\xC7(i\x11a\x01*W\x80c\xB3G\xD0\xD9\x11a\0\xB4W\x80c\xD5\xBAdL\x11a\0yW\x80c\xD5\xBAdL\x14a\x06\x8EW\x80c\xDAw\x173\x14a\x06\xC3W\x80c\xE4F\x7F5\x14a\x06\xCBW\x80c\xF0\xF4B`\x14a\x06\xDEW\x80c\xF6b+\x1E\x14a\x06\xF1W__\xFD[\x80c\xB3G\xD0\xD9\x14a\x06\x03W\x80c\xBA\x1D\xC4\x07\x14a\x06%W\x80c\xBC\xB3\xE5\xC2\x14a\x068W\x80c\xCCx\xFE\xF1\x14a\x06hW\x80c\xD5Gt\x1F\x14a\x06{W__\xFD[\x80c\x81Y\x90s\x11a\0\xFAW\x80c\x81Y\x90s\x14a\x05\xB0W\x80c\x91\xD1HT\x14a\x05\xC3W\x80c\x92\xF2\xF7\xA0\x14a\x05\xD6W\x80c\xA2\x17\xFD\xDF\x14a\x05\xE9W\x80c\xB0\xC4\xD3\xD9\x14a\x05\xF0W__\xFD[\x80cp\xC7(i\x14a\x04\xF7W\x80cw\x93\\\xA3\x14a\x05\nW\x80cy\xC3\x8B\x9B\x14a\x05\x8AW\x80c\x80\xEEXJ\x14a\x05\x9DW__\xFD[\x80c//\xF1]\x11a\x01\xABW\x80cD -n\x11a\x01{W\x80cD -n\x14a\x03jW\x80cO'\xDA\x18\x14a\x04%W\x80c^|\xF5\xAB\x14a\x04\xABW\x80ca\xD0'\xB3\x14a\x04\xBEW\x80cgU%v\x14a\x04\xCFW__\xFD[\x80c//\xF1]\x14a\x03\x1BW\x80c5e\x9F\xB8\x14a\x03.W\x80c6V\x8A\xBE\x14a\x03DW\x80c@Q\xE5\x05\x14a\x03WW__\xFD[\x80c\x1F\xE2n\x9D\x11a\x01\xF1W\x80c\x1F\xE2n\x9D\x14a\x02\xB6W\x80c#\xC7I\xFB\x14a\x02\xBEW\x80c$\x8A\x9C\xA3\x14a\x02\xD1W\x80c$\x94|8\x14a\x02\xF3W\x80c,2\xBB\xDB\x14a\x03\x08W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\"W\x80c\x0E\xEF\xFB2\x14a\x02JW\x80c\x14>U\xE0\x14a\x02kW\x80c\x16#\xAF\xFB\x14a\x02\xA5W[__\xFD[a\x025a\x0206`\x04a BV[a\x07\x04V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02]a\x02X6`\x04a \x84V[a\x07:V[`@Q\x90\x81R` \x01a\x02AV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02AV[`\x01Tb\x01\0\0\x90\x04`\xFF\x16a\x02]V[`\x03Ta\x02]V[a\x02\x8Da\x02\xCC6`\x04a \xC1V[a\x08HV[a\x02]a\x02\xDF6`\x04a \xF4V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[a\x03\x06a\x03\x016`\x04a!\x0BV[a\x08\xB6V[\0[a\x03\x06a\x03\x166`\x04a!-V[a\n\x10V[a\x03\x06a\x03)6`\x04a \x84V[a\n\xDFV[`\x01T`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02AV[a\x03\x06a\x03R6`\x04a \x84V[a\x0B\tV[a\x03\x06a\x03e6`\x04a!oV[a\x0BAV[a\x03\xF1a\x03x6`\x04a \x84V[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90R\x94\x85R`\x08\x82R\x82\x85 `\x01`\x01`\xA0\x1B\x03\x94\x90\x94\x16\x85R\x92\x81R\x92\x81\x90 \x81Q\x92\x83\x01\x82RT`\x01`\x01`\x80\x1B\x03\x81\x16\x83R`\x01`\x80\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R`\x01`\xA0\x1B\x90\x92\x04`\xFF\x16\x91\x81\x01\x91\x90\x91R\x90V[`@\x80Q\x82Q`\x01`\x01`\x80\x1B\x03\x16\x81R` \x80\x84\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x91\x81\x01Q`\xFF\x16\x90\x82\x01R``\x01a\x02AV[a\x04\x81a\x0436`\x04a \xF4V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01RP_\x90\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01`\xA0\x1B\x03\x81\x16\x83R`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x90V[`@\x80Q\x82Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x92\x83\x01Qc\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x01a\x02AV[a\x03\x06a\x04\xB96`\x04a!\x90V[a\x0C\x13V[`\x02T`\x01`\x01`\xA0\x1B\x03\x16a\x02\x8DV[a\x04\xE2a\x04\xDD6`\x04a!\xEEV[a\r\xD8V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02AV[a\x02]a\x05\x056`\x04a\"_V[a\x0E\xC8V[a\x05ca\x05\x186`\x04a \xF4V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01RP_\x90\x81R`\t` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x84R`\x01`\x80\x1B\x90\x91\x04\x16\x90\x82\x01R\x90V[`@\x80Q\x82Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x82R` \x93\x84\x01Q\x16\x92\x81\x01\x92\x90\x92R\x01a\x02AV[a\x03\x06a\x05\x986`\x04a!oV[a\x10\x15V[a\x02]a\x05\xAB6`\x04a!\x0BV[a\x11CV[a\x02]a\x05\xBE6`\x04a!oV[a\x14\xBDV[a\x025a\x05\xD16`\x04a \x84V[a\x15\x04V[a\x03\x06a\x05\xE46`\x04a\"\xD0V[a\x15,V[a\x02]_\x81V[a\x03\x06a\x05\xFE6`\x04a#\x02V[a\x16jV[a\x06\x16a\x06\x116`\x04a!oV[a\x17\xFAV[`@Qa\x02A\x93\x92\x91\x90a#EV[a\x02]a\x0636`\x04a#\x91V[a\x18\xD8V[a\x025a\x06F6`\x04a!\x90V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x07` R`@\x90 Ta\x01\0\x90\x04`\xFF\x16\x90V[a\x03\x06a\x06v6`\x04a!\x90V[a\x19EV[a\x03\x06a\x06\x896`\x04a \x84V[a\x19\xDAV[a\x02]a\x06\x9C6`\x04a!oV[_\x91\x82R`\x05` \x90\x81R`@\x80\x84 c\xFF\xFF\xFF\xFF\x93\x90\x93\x16\x84R\x91\x90R\x90 `\x04\x01T\x90V[a\x02]`\x80\x81V[a\x03\x06a\x06\xD96`\x04a#\xD0V[a\x19\xFEV[a\x03\x06a\x06\xEC6`\x04a!\x90V[a\x1A\x15V[a\x025a\x06\xFF6`\x04a#\xF1V[a\x1A(V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x074WPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_a\x07D\x83a\x1A\xACV[`\x01`\x01`\xA0\x1B\x03\x82\x16a\x07kW`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P_\x82\x81R`\t` R`@\x81 T`\x01`\x01`\x80\x1B\x03\x16\x90\x81\x90\x03a\x07\xACW`@Qcm\xB8l\xB3`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_\x83\x81R`\t` R`@\x90 \x80T`\x01`\x01`\x80\x1B\x03\x19\x16\x90Ua\x07\xFB`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x83a\x1B%V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x81R` \x81\x01\x83\x90R3\x91\x85\x91\x7F\xD0g7\x93\x97(\x86\x98\x1EV?\xDC\x8Fv\xE8\x82\xDE{\xCF\xA2\xD2\x94\x9A2\xCEN\xB4\xA2Sl\x88\xF6\x91\x01[`@Q\x80\x91\x03\x90\xA3\x92\x91PPV[_F\x82\x14a\x08\x85W_\x84\x81R`\x06` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x87\x16\x84R\x82R\x80\x83 \x85\x84R\x90\x91R\x90 T`\x01`\x01`\xA0\x1B\x03\x16a\x08\xAEV[_\x84\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x87\x16\x84R\x90\x91R\x90 T`\x01`\x01`\xA0\x1B\x03\x16[\x94\x93PPPPV[\x82\x15\x80a\x08\xC4WP`\x03T\x83\x11[\x15a\x08\xE5W`@QcSu\x91\x97`\xE1\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\xA3V[`\x01`\x01`\xA0\x1B\x03\x82\x16a\t\x0CW`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80_\x03a\t,W`@QcRN\xC4\xD1`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x83\x81R`\x08` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80Ta\tl\x90a\tg\x90\x84\x90`\x01`\x01`\x80\x1B\x03\x16a$5V[a\x1B\x84V[\x81T`\x01`\x01`\x80\x1B\x03\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x81Ua\t\xBC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x1630\x85a\x1B\xBBV[3`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x85\x7FL\x12\xF9\x1B\xA3\x9A(\xBF\\\x0F\xF3\xAA\x90\xD8\x05\xB4\xE4\x10\xAE{\xA9\xD3b\xC4\xAFX}\xFFg\xA9\xA6y\x85`@Qa\n\x02\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4PPPPV[a\n\x1A\x83\x83a\x1B\xF4V[`\x80\x81`\xFF\x16\x11\x15a\nJW`@Qb%\xD2m`\xE1\x1B\x81R`\xFF\x82\x16`\x04\x82\x01R`\x80`$\x82\x01R`D\x01a\x07\xA3V[_\x83\x81R`\x08` \x90\x81R`@\x80\x83 3\x80\x85R\x90\x83R\x92\x81\x90 \x80Td\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1Bc\xFF\xFF\xFF\xFF\x88\x16\x90\x81\x02`\xFF`\xA0\x1B\x19\x16\x91\x90\x91\x17`\x01`\xA0\x1B`\xFF\x88\x16\x90\x81\x02\x91\x90\x91\x17\x83U\x83Q\x91\x82R\x93\x81\x01\x93\x90\x93R\x92\x91\x86\x91\x7F-\xDE\r\xCD\x0C\xE7\r\xA7jl\xF6^U\xD1\xA0\xA5\xBB\xF1\x0B7n\x95BT\xC5\x85\xE6wl\x1B\xFE\xCB\x91\x01`@Q\x80\x91\x03\x90\xA3PPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\n\xF9\x81a\x1CQV[a\x0B\x03\x83\x83a\x1C^V[PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x0B2W`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0B<\x82\x82a\x1C\xEDV[PPPV[_a\x0BK3a\x1DVV[_\x84\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x87\x16\x84R\x90\x91R\x81 `\x01\x81\x81\x01T`\xFF\x94\x90\x94\x16\x1B\x93P\x91\x83\x16`\x01`\x01`\x80\x1B\x03\x16\x90\x03a\x0B\xB7W`@Qb\x18\x8B\x8D`\xEA\x1B\x81R`\x04\x81\x01\x85\x90Rc\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R3`D\x82\x01R`d\x01a\x07\xA3V[`\x01\x81\x01\x80T`\x01`\x01`\x80\x1B\x03\x84\x19\x82\x16\x16`\x01`\x01`\x80\x1B\x03\x19\x90\x91\x16\x17\x90U`@Q3\x90c\xFF\xFF\xFF\xFF\x85\x16\x90\x86\x90\x7F\xF1465WO\x14:\x07\x1A\x9E.\x98\x87\xD0\x02b(\xEB\xBB'T\xE4\x9B\x02D\xBF\xEA\x9D\x80\n)\x90_\x90\xA4PPPPV[_a\x0C\x1D\x81a\x1CQV[`\x01`\x01`\xA0\x1B\x03\x82\x16a\x0CDW`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x07` R`@\x90 Ta\x01\0\x90\x04`\xFF\x16\x15a\x0C\x8DW`@Qc\xB6,\xD5I`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07\xA3V[`@\x80Q``\x81\x01\x82R`\x01Ta\xFF\xFF\x81\x16\x82Rb\x01\0\0\x81\x04`\xFF\x16` \x83\x01\x81\x90Rc\x01\0\0\0\x90\x91\x04`\x01`\x01`\x80\x1B\x03\x16\x92\x82\x01\x92\x90\x92R\x90`\x7F\x19\x01a\x0C\xEEW`@Qc\x0Bs\x979`\xE0\x1B\x81R`\x80`\x04\x82\x01R`$\x01a\x07\xA3V[` \x81\x81\x01\x80Q`\x01\x80\x82\x01`\xFF\x90\x81\x16\x93\x84\x90R`@\x80\x87\x01\x80Q`\x01`\x01`\x80\x1B\x03\x84\x87\x16\x86\x81\x1B\x90\x92\x17\x16\x91\x82\x90R\x88Q\x85Ta\xFF\xFF\x90\x91\x16b\xFF\xFF\xFF\x19\x90\x91\x16\x17b\x01\0\0\x90\x97\x02\x96\x90\x96\x17c\x01\0\0\0`\x01`\x98\x1B\x03\x19\x16c\x01\0\0\0\x90\x91\x02\x17\x83U\x80Q\x80\x82\x01\x82R\x85\x81R\x80\x87\x01\x93\x84R`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x81\x81R`\x07\x89R\x83\x90 \x91Q\x82T\x95Q\x94\x16a\xFF\xFF\x19\x90\x95\x16\x94\x90\x94\x17a\x01\0\x93\x15\x15\x93\x90\x93\x02\x92\x90\x92\x17\x90\x91UQ\x92\x83R\x90\x92\x90\x91\x7F\x0C!X\xE4\x94\xE6\xBD\x10\xD3\xA2o+\xB9\x8E\xEE3\xCC]c3n\xC2\xBB}\xEC\x0B\xABq]\xAFW\xAA\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPV[_a\r\xE2\x86a\x1A\xACV[_\x86\x81R`\x04` R`@\x90 \x80T`\x14\x90a\x0E\n\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a$HV[\x82Tc\xFF\xFF\xFF\xFF\x80\x83\x16a\x01\0\x94\x90\x94\n\x84\x81\x02\x91\x02\x19\x90\x91\x16\x17\x90\x92U_\x88\x81R`\x05` \x90\x81R`@\x80\x83 \x93\x83R\x92\x90R \x80T`\x01`\x01``\x1B\x03\x85\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x17\x81U`\x02\x81\x01\x87\x90U\x90\x91P`\x03\x81\x01a\x0Ex\x85\x87\x83a$\xFCV[P\x81c\xFF\xFF\xFF\xFF\x16\x87\x7F\x86)\xBC\xE9'\xE2E%\r-\x0E\xE1\xDA5s\xB4\xC1\xE0\xB3OZp\xEA\xC4\x1F\x8B\xC9\x82\x0F\xDC1<\x88\x88\x88\x88`@Qa\x0E\xB6\x94\x93\x92\x91\x90a%\xDEV[`@Q\x80\x91\x03\x90\xA3P\x95\x94PPPPPV[__[\x82\x81\x10\x15a\x0FnW`\t_\x85\x85\x84\x81\x81\x10a\x0E\xE8Wa\x0E\xE8a&\x11V[` \x90\x81\x02\x92\x90\x92\x015\x83RP\x81\x01\x91\x90\x91R`@\x01_ Ta\x0F\x1B\x90`\x01`\x80\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16\x83a$5V[\x91P_`\t_\x86\x86\x85\x81\x81\x10a\x0F3Wa\x0F3a&\x11V[` \x90\x81\x02\x92\x90\x92\x015\x83RP\x81\x01\x91\x90\x91R`@\x01_ \x80T`\x01`\x01`\x80\x1B\x03\x92\x83\x16`\x01`\x80\x1B\x02\x92\x16\x91\x90\x91\x17\x90U`\x01\x01a\x0E\xCBV[P\x80_\x03a\x0F\x8FW`@Qc\x06\xCD\0\x9F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90a\x0F\xCB\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a\x1B%V[\x80`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB6\xC8\x1BRn\x1B\xD5Z8E\xD8\xCA\xA6\xFE\x0C\x1C\xE8{<\x9ESN\xECC\xF4;<\x18I\xD4\xE2\xE8\x83`@Qa\x10\x06\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2P\x92\x91PPV[_a\x10\x1F3a\x1DVV[`\xFF\x16`\x01`\x01`\x01`\x80\x1B\x03\x16\x90\x1B\x90Pa\x10;\x83\x83a\x1B\xF4V[_\x83\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x86\x16\x84R\x90\x91R\x90 `\x01\x81\x01T\x82\x16`\x01`\x01`\x80\x1B\x03\x16\x15a\x10\x9CW`@Qcw\x0B\xB9\x85`\xE0\x1B\x81R`\x04\x81\x01\x85\x90Rc\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R3`D\x82\x01R`d\x01a\x07\xA3V[\x80T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x10\xD4W`@Qcem\ty`\xE0\x1B\x81R`\x04\x81\x01\x86\x90Rc\xFF\xFF\xFF\xFF\x85\x16`$\x82\x01R`D\x01a\x07\xA3V[a\x10\xE4\x85\x85\x83\x85`\x04\x01Ta\x1D\xBFV[`\x01\x82\x01\x80T`\x01`\x01`\x80\x1B\x03\x80\x86\x16\x90\x82\x16\x17`\x01`\x01`\x80\x1B\x03\x19\x90\x91\x16\x17\x90U`@Q3\x90c\xFF\xFF\xFF\xFF\x86\x16\x90\x87\x90\x7F\xFA3\x07\x01\xD0\xFD\xF7=\x19\xAE\x0C\xE5\\\xAC/WJ\x89\x8E\xE4(\xD6\x98,\x9B\x18\x8D\xBE\x7Fo;\x89\x90_\x90\xA4PPPPPV[_\x83\x81R`\x08` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x81\x16\x85R\x90\x83R\x81\x84 \x82Q``\x81\x01\x84R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x80\x1B\x81\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x83\x87\x01\x90\x81R`\x01`\xA0\x1B\x90\x92\x04`\xFF\x16\x83\x86\x01R\x89\x87R`\x05\x86R\x84\x87 \x91Q\x16\x86R\x90\x93R\x90\x83 \x80T\x90\x91\x163\x14a\x11\xF4W` \x82\x01Q`@Qc\xF5y\x88\x17`\xE0\x1B\x81R`\x04\x81\x01\x88\x90Rc\xFF\xFF\xFF\xFF\x90\x91\x16`$\x82\x01R3`D\x82\x01R`d\x01a\x07\xA3V[\x83_\x03a\x12\x14W`@Qc\n\xC6\xEC1`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@\x80Q``\x81\x01\x82R`\x01Ta\xFF\xFF\x81\x16\x82Rb\x01\0\0\x81\x04`\xFF\x90\x81\x16` \x84\x01Rc\x01\0\0\0\x90\x91\x04`\x01`\x01`\x80\x1B\x03\x16\x82\x84\x01R\x91\x84\x01Q\x90\x91\x16\x15a\x12\xE1W`@\x81\x01Q`\x01\x83\x01T_\x91a\x12x\x91\x16`\x01`\x01`\x80\x1B\x03\x16a\x1E\x0EV[\x90P\x83`@\x01Q`\xFF\x16\x81\x10\x15a\x12\xCBW` \x84\x01Q`@\x80\x86\x01Q\x90Qc\xA5\x9A\x88\xA5`\xE0\x1B\x81R`\x04\x81\x01\x8B\x90Rc\xFF\xFF\xFF\xFF\x90\x92\x16`$\x83\x01R`D\x82\x01\x83\x90R`\xFF\x16`d\x82\x01R`\x84\x01a\x07\xA3V[a\x12\xDF\x88\x85` \x01Q3\x86`\x04\x01Ta\x1D\xBFV[P[\x81Ta\x12\xFD\x90`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16\x86a&%V[\x83Q\x90\x94P`\x01`\x01`\x80\x1B\x03\x16\x84\x11\x15a\x13VW\x82Q`@Qc<gM\xBB`\xE0\x1B\x81R`\x04\x81\x01\x89\x90R`\x01`\x01`\xA0\x1B\x03\x88\x16`$\x82\x01R`D\x81\x01\x86\x90R`\x01`\x01`\x80\x1B\x03\x90\x91\x16`d\x82\x01R`\x84\x01a\x07\xA3V[__a\x13i\x86\x84_\x01Qa\xFF\xFF\x16a\x1E\x80V[\x86Q_\x8C\x81R`\x08` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8F\x16\x84R\x82R\x80\x83 \x80T`\x01`\x01`\x80\x1B\x03\x19\x16`\x01`\x01`\x80\x1B\x03\x95\x86\x16\x8E\x90\x03\x86\x16\x17\x90U\x8E\x83R`\t\x82R\x91\x82\x90 \x82Q\x80\x84\x01\x84R\x90T\x80\x85\x16\x82R`\x01`\x80\x1B\x90\x04\x84\x16\x91\x81\x01\x91\x90\x91R\x81Q\x80\x83\x01\x90\x92R\x80Q\x94\x96P\x92\x94P\x91\x92\x82\x91a\x13\xF8\x91a\tg\x91\x88\x91\x16a$5V[`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01a\x14\"\x84\x84` \x01Q`\x01`\x01`\x80\x1B\x03\x16a\tg\x91\x90a$5V[`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x90\x91R_\x8C\x81R`\t` \x90\x81R`@\x91\x82\x90 \x84Q\x94\x82\x01Q\x84\x16`\x01`\x80\x1B\x02\x94\x90\x93\x16\x93\x90\x93\x17\x90\x91U\x87\x82\x01Q\x81Q\x8B\x81R\x92\x83\x01\x8A\x90R\x90\x82\x01\x84\x90Rc\xFF\xFF\xFF\xFF\x16\x90`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x8C\x90\x7F\xC0\xE2\xCB\xF1\x99*\xE9\xF9\x15\x12^\x92\xAE\x089\xF7\xC6\xDB\xC0\xF1\x10\xBD\x06\x89\xEF\xA6N\xC1@U\xE4\xB3\x90``\x01`@Q\x80\x91\x03\x90\xA4PPPPPP\x93\x92PPPV[`\x01\x80T_\x84\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x87\x16\x84R\x90\x91R\x81 \x90\x92\x01Ta\x14\xFD\x91c\x01\0\0\0\x90\x04\x16`\x01`\x01`\x80\x1B\x03\x16a\x1E\x0EV[\x93\x92PPPV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x15SW`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81_\x03a\x15sW`@QcRN\xC4\xD1`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x83\x81R`\x08` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 \x80T`\x01`\x01`\x80\x1B\x03\x16\x80\x84\x11\x15a\x15\xCEW`@Qc<gM\xBB`\xE0\x1B\x81R`\x04\x81\x01\x86\x90R3`$\x82\x01R`D\x81\x01\x85\x90R`d\x81\x01\x82\x90R`\x84\x01a\x07\xA3V[\x81T`\x01`\x01`\x80\x1B\x03\x19\x16\x84\x82\x03`\x01`\x01`\x80\x1B\x03\x16\x17\x82Ua\x16\x1D\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x84\x86a\x1B%V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x85\x16\x81R` \x81\x01\x86\x90R3\x91\x87\x91\x7FqkI\x9F(r\xBD\xEDbE)\xB5\x99\xD2L\xF4\x85\xF8N\xE7`\xB0\x1D$\xF3\xDD1!\x010\xB2\xAB\x91\x01`@Q\x80\x91\x03\x90\xA3PPPPPV[a\x16s\x84a\x1A\xACV[a\x16}\x84\x84a\x1B\xF4V[\x81_\x03a\x16\x9DW`@Qc~\x04yY`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x16\xC4W`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x16\xD0\x85\x85\x85a\x08HV[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16\x15a\x17\x1FW`@Qc\x7F\xE3G\x01`\xE0\x1B\x81R`\x04\x81\x01\x86\x90Rc\xFF\xFF\xFF\xFF\x85\x16`$\x82\x01R`D\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`d\x82\x01R`\x84\x01a\x07\xA3V[F\x83\x03a\x17kW_\x85\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x90\x91R\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x81\x17\x82U?`\x04\x90\x91\x01Ua\x17\xABV[_\x85\x81R`\x06` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x82R\x80\x83 \x86\x84R\x90\x91R\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R\x83\x90c\xFF\xFF\xFF\xFF\x86\x16\x90\x87\x90\x7F_\xE7\xB4\xF9z\xEF\x10G\xBA5Z\x92\xDB\xC2\x8A\x1D\x1F$\xE5\xC9U\xB5\xF8\xE3\xB1\xFB\xEE\x0FVQ\xE7\x9E\x90` \x01`@Q\x80\x91\x03\x90\xA4PPPPPV[_\x82\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x81 `\x02\x81\x01T\x81T`\x03\x83\x01\x80T``\x94\x86\x94\x90\x93\x90\x92\x91`\x01`\xA0\x1B\x90\x91\x04`\x01`\x01``\x1B\x03\x16\x90\x82\x90a\x18L\x90a$\x80V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x18x\x90a$\x80V[\x80\x15a\x18\xC3W\x80`\x1F\x10a\x18\x9AWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x18\xC3V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x18\xA6W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x91P\x93P\x93P\x93PP\x92P\x92P\x92V[_`\x03_\x81Ta\x18\xE7\x90a&<V[\x91\x82\x90UP_\x81\x81R`\x04` R`@\x90\x81\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x163\x90\x81\x17\x90\x91U\x90Q\x91\x92P\x90\x82\x90\x7F\xAD\xE0\x16\xA8\xD3!dNQ\xA5\xC2w\xD9#t\0\xE3\xF1\xE0'\xC3\x08\x8D\xCF\xE6\x98\xEFH\xC5b\xF7\xB0\x90a\x08:\x90\x87\x90\x87\x90a&TV[_a\x19O\x81a\x1CQV[_a\x19Y\x83a\x1DVV[`\x01\x80Tc\x01\0\0\0\x80\x82\x04`\xFF\x85\x16\x84\x90\x1B\x19\x16`\x01`\x01`\x80\x1B\x03\x16\x02c\x01\0\0\0`\x01`\x98\x1B\x03\x19\x90\x91\x16\x17\x90U`\x01`\x01`\xA0\x1B\x03\x84\x16_\x81\x81R`\x07` R`@\x80\x82 \x80Ta\xFF\0\x19\x16\x90UQ\x92\x93P\x90\x91\x7F6\x88F\xEDX\x8A/\xB1+O\xAB\xFF\xDER\n\xD57\xDF&\xEA\x80\xADx\x9B`\xAF\xC3|\\\xC7\xFEk\x91\x90\xA2PPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x19\xF4\x81a\x1CQV[a\x0B\x03\x83\x83a\x1C\xEDV[_a\x1A\x08\x81a\x1CQV[a\x1A\x11\x82a\x1E\xAEV[PPV[_a\x1A\x1F\x81a\x1CQV[a\x1A\x11\x82a\x1F-V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x07` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\xFF\x80\x82\x16\x83Ra\x01\0\x90\x91\x04\x16\x15\x80\x15\x92\x82\x01\x83\x90R\x90\x91\x90a\x1A\xA3WP\x80Q_\x86\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x89\x16\x84R\x90\x91R\x90 `\x01\x90\x81\x01T`\xFF\x90\x92\x16\x1B\x16`\x01`\x01`\x80\x1B\x03\x16\x15\x15[\x95\x94PPPPPV[_\x81\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x1A\xE4W`@QcSu\x91\x97`\xE1\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01a\x07\xA3V[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x1A\x11W`@Qc\xDB\xE2\xCC{`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16`D\x82\x01R`d\x01a\x07\xA3V[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x0B<\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x83\x81\x83\x16\x17\x83RPPPPa\x1F\x9DV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\x1B\xB7W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07\xA3V[P\x90V[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x0B\x03\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a\x1BRV[c\xFF\xFF\xFF\xFF\x81\x16\x15\x80a\x1C$WP_\x82\x81R`\x04` R`@\x90 Tc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x11[\x15a\x1A\x11W`@Qc\x0E\x01\x0BC`\xE0\x1B\x81R`\x04\x81\x01\x83\x90Rc\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x07\xA3V[a\x1C[\x813a \tV[PV[_a\x1Ci\x83\x83a\x15\x04V[a\x1C\xE6W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x1C\x9E3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x074V[P_a\x074V[_a\x1C\xF8\x83\x83a\x15\x04V[\x15a\x1C\xE6W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x86\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4P`\x01a\x074V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x07` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\xFF\x80\x82\x16\x83Ra\x01\0\x90\x91\x04\x16\x15\x15\x91\x81\x01\x82\x90R\x90a\x1D\xB8W`@Qc\x81\xF5$\xA5`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x07\xA3V[Q\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16?\x81\x81\x14a\x1E\x07W`@QcT\xBB\xDD\xFD`\xE1\x1B\x81R`\x04\x81\x01\x86\x90Rc\xFF\xFF\xFF\xFF\x85\x16`$\x82\x01R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x01a\x07\xA3V[PPPPPV[`\x01\x81\x90\x1CoUUUUUUUUUUUUUUUU\x16`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x03`\x02\x81\x90\x1Co3333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01o\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x16o\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02`x\x1C`\xFF\x16\x90V[_\x80a'\x10a\x1E\x8F\x84\x86a&%V[a\x1E\x99\x91\x90a&gV[\x90Pa\x1E\xA5\x81\x85a&\x86V[\x91P\x92P\x92\x90PV[a\x07\xD0a\xFF\xFF\x82\x16\x11\x15a\x1E\xE3W`@QcL,\x01\xDD`\xE0\x1B\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01Ra\x07\xD0`$\x82\x01R`D\x01a\x07\xA3V[`\x01\x80Ta\xFF\xFF\x19\x16a\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F4N\xD1\xADM\xDD~c\xE0D\x03\x81\x1E8\x05\x88\x95\xEFzek\xF6\xD5\xB2]!\x9E\0\x83\xC2'\xE6\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x1FTW`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a\x1F\xBCW`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a\x1F\xD3W\x80`\x01\x14\x15a\x1F\xE0V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\x0B\x03W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07\xA3V[a \x13\x82\x82a\x15\x04V[a\x1A\x11W`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07\xA3V[_` \x82\x84\x03\x12\x15a RW__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x14\xFDW__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a \x7FW__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a \x95W__\xFD[\x825\x91Pa \xA5` \x84\x01a iV[\x90P\x92P\x92\x90PV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a \x7FW__\xFD[___``\x84\x86\x03\x12\x15a \xD3W__\xFD[\x835\x92Pa \xE3` \x85\x01a \xAEV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_` \x82\x84\x03\x12\x15a!\x04W__\xFD[P5\x91\x90PV[___``\x84\x86\x03\x12\x15a!\x1DW__\xFD[\x835\x92Pa \xE3` \x85\x01a iV[___``\x84\x86\x03\x12\x15a!?W__\xFD[\x835\x92Pa!O` \x85\x01a \xAEV[\x91P`@\x84\x015`\xFF\x81\x16\x81\x14a!dW__\xFD[\x80\x91PP\x92P\x92P\x92V[__`@\x83\x85\x03\x12\x15a!\x80W__\xFD[\x825\x91Pa \xA5` \x84\x01a \xAEV[_` \x82\x84\x03\x12\x15a!\xA0W__\xFD[a\x14\xFD\x82a iV[__\x83`\x1F\x84\x01\x12a!\xB9W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!\xD0W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a!\xE7W__\xFD[\x92P\x92\x90PV[_____`\x80\x86\x88\x03\x12\x15a\"\x02W__\xFD[\x855\x94P` \x86\x015\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"&W__\xFD[a\"2\x88\x82\x89\x01a!\xA9V[\x90\x94P\x92PP``\x86\x015`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\"QW__\xFD[\x80\x91PP\x92\x95P\x92\x95\x90\x93PV[__` \x83\x85\x03\x12\x15a\"pW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\x86W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a\"\x96W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\xACW__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a\"\xC0W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[___``\x84\x86\x03\x12\x15a\"\xE2W__\xFD[\x835\x92P` \x84\x015\x91Pa\"\xF9`@\x85\x01a iV[\x90P\x92P\x92P\x92V[____`\x80\x85\x87\x03\x12\x15a#\x15W__\xFD[\x845\x93Pa#%` \x86\x01a \xAEV[\x92P`@\x85\x015\x91Pa#:``\x86\x01a iV[\x90P\x92\x95\x91\x94P\x92PV[\x83\x81R``` \x82\x01R_\x83Q\x80``\x84\x01R\x80` \x86\x01`\x80\x85\x01^_`\x80\x82\x85\x01\x01R`\x80`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP`\x01`\x01``\x1B\x03\x83\x16`@\x83\x01R\x94\x93PPPPV[__` \x83\x85\x03\x12\x15a#\xA2W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\xB8W__\xFD[a#\xC4\x85\x82\x86\x01a!\xA9V[\x90\x96\x90\x95P\x93PPPPV[_` \x82\x84\x03\x12\x15a#\xE0W__\xFD[\x815a\xFF\xFF\x81\x16\x81\x14a\x14\xFDW__\xFD[___``\x84\x86\x03\x12\x15a$\x03W__\xFD[\x835\x92Pa$\x13` \x85\x01a \xAEV[\x91Pa\"\xF9`@\x85\x01a iV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x074Wa\x074a$!V[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a$cWa$ca$!V[`\x01\x01\x92\x91PPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a$\x94W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a$\xB2WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x0B<W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a$\xDDWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x1E\x07W_\x81U`\x01\x01a$\xE9V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a%\x14Wa%\x14a$lV[a%(\x83a%\"\x83Ta$\x80V[\x83a$\xB8V[_`\x1F\x84\x11`\x01\x81\x14a%YW_\x85\x15a%BWP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x1E\x07V[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a%\x88W\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a%hV[P\x86\x82\x10\x15a%\xA4W_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81\x83R\x81\x81` \x85\x017P_\x82\x82\x01` \x90\x81\x01\x91\x90\x91R`\x1F\x90\x91\x01`\x1F\x19\x16\x90\x91\x01\x01\x90V[\x84\x81R``` \x82\x01R_a%\xF7``\x83\x01\x85\x87a%\xB6V[\x90P`\x01`\x01``\x1B\x03\x83\x16`@\x83\x01R\x95\x94PPPPPV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x074Wa\x074a$!V[_`\x01\x82\x01a&MWa&Ma$!V[P`\x01\x01\x90V[` \x81R_a\x08\xAE` \x83\x01\x84\x86a%\xB6V[_\x82a&\x81WcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\x074Wa\x074a$!V",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506004361061021e575f3560e01c806370c728691161012a578063b347d0d9116100b4578063d5ba644c11610079578063d5ba644c1461068e578063da771733146106c3578063e4467f35146106cb578063f0f44260146106de578063f6622b1e146106f1575f5ffd5b8063b347d0d914610603578063ba1dc40714610625578063bcb3e5c214610638578063cc78fef114610668578063d547741f1461067b575f5ffd5b806381599073116100fa57806381599073146105b057806391d14854146105c357806392f2f7a0146105d6578063a217fddf146105e9578063b0c4d3d9146105f0575f5ffd5b806370c72869146104f757806377935ca31461050a57806379c38b9b1461058a57806380ee584a1461059d575f5ffd5b80632f2ff15d116101ab57806344202d6e1161017b57806344202d6e1461036a5780634f27da18146104255780635e7cf5ab146104ab57806361d027b3146104be57806367552576146104cf575f5ffd5b80632f2ff15d1461031b57806335659fb81461032e57806336568abe146103445780634051e50514610357575f5ffd5b80631fe26e9d116101f15780631fe26e9d146102b657806323c749fb146102be578063248a9ca3146102d157806324947c38146102f35780632c32bbdb14610308575f5ffd5b806301ffc9a7146102225780630eeffb321461024a578063143e55e01461026b5780631623affb146102a5575b5f5ffd5b610235610230366004612042565b610704565b60405190151581526020015b60405180910390f35b61025d610258366004612084565b61073a565b604051908152602001610241565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610241565b60015462010000900460ff1661025d565b60035461025d565b61028d6102cc3660046120c1565b610848565b61025d6102df3660046120f4565b5f9081526020819052604090206001015490565b61030661030136600461210b565b6108b6565b005b61030661031636600461212d565b610a10565b610306610329366004612084565b610adf565b60015460405161ffff9091168152602001610241565b610306610352366004612084565b610b09565b61030661036536600461216f565b610b41565b6103f1610378366004612084565b60408051606080820183525f8083526020808401829052928401819052948552600882528285206001600160a01b039490941685529281529281902081519283018252546001600160801b0381168352600160801b810463ffffffff1693830193909352600160a01b90920460ff169181019190915290565b6040805182516001600160801b0316815260208084015163ffffffff16908201529181015160ff1690820152606001610241565b6104816104333660046120f4565b604080518082019091525f8082526020820152505f908152600460209081526040918290208251808401909352546001600160a01b0381168352600160a01b900463ffffffff169082015290565b6040805182516001600160a01b0316815260209283015163ffffffff169281019290925201610241565b6103066104b9366004612190565b610c13565b6002546001600160a01b031661028d565b6104e26104dd3660046121ee565b610dd8565b60405163ffffffff9091168152602001610241565b61025d61050536600461225f565b610ec8565b6105636105183660046120f4565b604080518082019091525f8082526020820152505f908152600960209081526040918290208251808401909352546001600160801b038082168452600160801b909104169082015290565b6040805182516001600160801b039081168252602093840151169281019290925201610241565b61030661059836600461216f565b611015565b61025d6105ab36600461210b565b611143565b61025d6105be36600461216f565b6114bd565b6102356105d1366004612084565b611504565b6103066105e43660046122d0565b61152c565b61025d5f81565b6103066105fe366004612302565b61166a565b61061661061136600461216f565b6117fa565b60405161024193929190612345565b61025d610633366004612391565b6118d8565b610235610646366004612190565b6001600160a01b03165f90815260076020526040902054610100900460ff1690565b610306610676366004612190565b611945565b610306610689366004612084565b6119da565b61025d61069c36600461216f565b5f91825260056020908152604080842063ffffffff93909316845291905290206004015490565b61025d608081565b6103066106d93660046123d0565b6119fe565b6103066106ec366004612190565b611a15565b6102356106ff3660046123f1565b611a28565b5f6001600160e01b03198216637965db0b60e01b148061073457506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f61074483611aac565b6001600160a01b03821661076b576040516368c2c25b60e11b815260040160405180910390fd5b505f828152600960205260408120546001600160801b0316908190036107ac57604051636db86cb360e01b8152600481018490526024015b60405180910390fd5b5f83815260096020526040902080546001600160801b03191690556107fb6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383611b25565b604080516001600160a01b038416815260208101839052339185917fd0673793972886981e563fdc8f76e882de7bcfa2d2949a32ce4eb4a2536c88f691015b60405180910390a392915050565b5f468214610885575f84815260066020908152604080832063ffffffff8716845282528083208584529091529020546001600160a01b03166108ae565b5f84815260056020908152604080832063ffffffff871684529091529020546001600160a01b03165b949350505050565b8215806108c4575060035483115b156108e557604051635375919760e11b8152600481018490526024016107a3565b6001600160a01b03821661090c576040516368c2c25b60e11b815260040160405180910390fd5b805f0361092c5760405163524ec4d160e11b815260040160405180910390fd5b5f8381526008602090815260408083206001600160a01b03861684529091529020805461096c906109679084906001600160801b0316612435565b611b84565b81546001600160801b0319166001600160801b03919091161781556109bc7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316333085611bbb565b336001600160a01b0316836001600160a01b0316857f4c12f91ba39a28bf5c0ff3aa90d805b4e410ae7ba9d362c4af587dff67a9a67985604051610a0291815260200190565b60405180910390a450505050565b610a1a8383611bf4565b60808160ff161115610a4a576040516225d26d60e11b815260ff82166004820152608060248201526044016107a3565b5f8381526008602090815260408083203380855290835292819020805464ffffffffff60801b1916600160801b63ffffffff881690810260ff60a01b191691909117600160a01b60ff8816908102919091178355835191825293810193909352929186917f2dde0dcd0ce70da76a6cf65e55d1a0a5bbf10b376e954254c585e6776c1bfecb910160405180910390a350505050565b5f82815260208190526040902060010154610af981611c51565b610b038383611c5e565b50505050565b6001600160a01b0381163314610b325760405163334bd91960e11b815260040160405180910390fd5b610b3c8282611ced565b505050565b5f610b4b33611d56565b5f84815260056020908152604080832063ffffffff87168452909152812060018181015460ff949094161b93509183166001600160801b03169003610bb75760405162188b8d60ea1b81526004810185905263ffffffff841660248201523360448201526064016107a3565b6001810180546001600160801b0384198216166001600160801b0319909116179055604051339063ffffffff85169086907ff1343635574f143a071a9e2e9887d0026228ebbb2754e49b0244bfea9d800a29905f90a450505050565b5f610c1d81611c51565b6001600160a01b038216610c44576040516368c2c25b60e11b815260040160405180910390fd5b6001600160a01b0382165f90815260076020526040902054610100900460ff1615610c8d5760405163b62cd54960e01b81526001600160a01b03831660048201526024016107a3565b6040805160608101825260015461ffff8116825262010000810460ff166020830181905263010000009091046001600160801b03169282019290925290607f1901610cee57604051630b73973960e01b8152608060048201526024016107a3565b60208181018051600180820160ff90811693849052604080870180516001600160801b0384871686811b90921716918290528851855461ffff90911662ffffff199091161762010000909702969096176301000000600160981b0319166301000000909102178355805180820182528581528087019384526001600160a01b038a165f81815260078952839020915182549551941661ffff1990951694909417610100931515939093029290921790915551928352909290917f0c2158e494e6bd10d3a26f2bb98eee33cc5d63336ec2bb7dec0bab715daf57aa910160405180910390a250505050565b5f610de286611aac565b5f8681526004602052604090208054601490610e0a90600160a01b900463ffffffff16612448565b825463ffffffff8083166101009490940a848102910219909116179092555f8881526005602090815260408083209383529290522080546001600160601b038516600160a01b026001600160a01b039091161781556002810187905590915060038101610e788587836124fc565b508163ffffffff16877f8629bce927e245250d2d0ee1da3573b4c1e0b34f5a70eac41f8bc9820fdc313c88888888604051610eb694939291906125de565b60405180910390a35095945050505050565b5f5f5b82811015610f6e5760095f858584818110610ee857610ee8612611565b602090810292909201358352508101919091526040015f2054610f1b90600160801b90046001600160801b031683612435565b91505f60095f868685818110610f3357610f33612611565b602090810292909201358352508101919091526040015f2080546001600160801b03928316600160801b029216919091179055600101610ecb565b50805f03610f8f576040516306cd009f60e11b815260040160405180910390fd5b6002546001600160a01b0390811690610fcb907f0000000000000000000000000000000000000000000000000000000000000000168284611b25565b806001600160a01b03167fb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e88360405161100691815260200190565b60405180910390a25092915050565b5f61101f33611d56565b60ff1660016001600160801b0316901b905061103b8383611bf4565b5f83815260056020908152604080832063ffffffff861684529091529020600181015482166001600160801b03161561109c5760405163770bb98560e01b81526004810185905263ffffffff841660248201523360448201526064016107a3565b80546001600160a01b0316806110d45760405163656d097960e01b81526004810186905263ffffffff851660248201526044016107a3565b6110e48585838560040154611dbf565b6001820180546001600160801b03808616908216176001600160801b0319909116179055604051339063ffffffff86169087907ffa330701d0fdf73d19ae0ce55cac2f574a898ee428d6982c9b188dbe7f6f3b89905f90a45050505050565b5f8381526008602090815260408083206001600160a01b038681168552908352818420825160608101845290546001600160801b0381168252600160801b810463ffffffff908116838701908152600160a01b90920460ff1683860152898752600586528487209151168652909352908320805490911633146111f457602082015160405163f579881760e01b81526004810188905263ffffffff90911660248201523360448201526064016107a3565b835f0361121457604051630ac6ec3160e01b815260040160405180910390fd5b6040805160608101825260015461ffff8116825262010000810460ff908116602084015263010000009091046001600160801b03168284015291840151909116156112e157604081015160018301545f9161127891166001600160801b0316611e0e565b9050836040015160ff168110156112cb576020840151604080860151905163a59a88a560e01b8152600481018b905263ffffffff90921660248301526044820183905260ff1660648201526084016107a3565b6112df888560200151338660040154611dbf565b505b81546112fd90600160a01b90046001600160601b031686612625565b83519094506001600160801b0316841115611356578251604051633c674dbb60e01b8152600481018990526001600160a01b0388166024820152604481018690526001600160801b0390911660648201526084016107a3565b5f5f61136986845f015161ffff16611e80565b86515f8c81526008602090815260408083206001600160a01b038f168452825280832080546001600160801b0319166001600160801b039586168e900386161790558e835260098252918290208251808401845290548085168252600160801b900484169181019190915281518083019092528051949650929450919282916113f89161096791889116612435565b6001600160801b031681526020016114228484602001516001600160801b03166109679190612435565b6001600160801b039081169091525f8c8152600960209081526040918290208451948201518416600160801b0294909316939093179091558782015181518b81529283018a905290820184905263ffffffff16906001600160a01b038b16908c907fc0e2cbf1992ae9f915125e92ae0839f7c6dbc0f110bd0689efa64ec14055e4b39060600160405180910390a45050505050509392505050565b600180545f84815260056020908152604080832063ffffffff871684529091528120909201546114fd9163010000009004166001600160801b0316611e0e565b9392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6001600160a01b038116611553576040516368c2c25b60e11b815260040160405180910390fd5b815f036115735760405163524ec4d160e11b815260040160405180910390fd5b5f838152600860209081526040808320338452909152902080546001600160801b0316808411156115ce57604051633c674dbb60e01b81526004810186905233602482015260448101859052606481018290526084016107a3565b81546001600160801b0319168482036001600160801b031617825561161d7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168486611b25565b604080516001600160a01b038516815260208101869052339187917f716b499f2872bded624529b599d24cf485f84ee760b01d24f3dd31210130b2ab910160405180910390a35050505050565b61167384611aac565b61167d8484611bf4565b815f0361169d57604051637e04795960e11b815260040160405180910390fd5b6001600160a01b0381166116c4576040516368c2c25b60e11b815260040160405180910390fd5b5f6116d0858585610848565b90506001600160a01b0381161561171f57604051637fe3470160e01b81526004810186905263ffffffff85166024820152604481018490526001600160a01b03821660648201526084016107a3565b46830361176b575f85815260056020908152604080832063ffffffff88168452909152902080546001600160a01b0319166001600160a01b03841690811782553f6004909101556117ab565b5f85815260066020908152604080832063ffffffff881684528252808320868452909152902080546001600160a01b0319166001600160a01b0384161790555b6040516001600160a01b0383168152839063ffffffff86169087907f5fe7b4f97aef1047ba355a92dbc28a1d1f24e5c955b5f8e3b1fbee0f5651e79e9060200160405180910390a45050505050565b5f82815260056020908152604080832063ffffffff8516845290915281206002810154815460038301805460609486949093909291600160a01b9091046001600160601b031690829061184c90612480565b80601f016020809104026020016040519081016040528092919081815260200182805461187890612480565b80156118c35780601f1061189a576101008083540402835291602001916118c3565b820191905f5260205f20905b8154815290600101906020018083116118a657829003601f168201915b50505050509150935093509350509250925092565b5f60035f81546118e79061263c565b91829055505f818152600460205260409081902080546001600160a01b0319163390811790915590519192509082907fade016a8d321644e51a5c277d9237400e3f1e027c3088dcfe698ef48c562f7b09061083a9087908790612654565b5f61194f81611c51565b5f61195983611d56565b60018054630100000080820460ff851684901b19166001600160801b0316026301000000600160981b03199091161790556001600160a01b0384165f81815260076020526040808220805461ff00191690555192935090917f368846ed588a2fb12b4fabffde520ad537df26ea80ad789b60afc37c5cc7fe6b9190a2505050565b5f828152602081905260409020600101546119f481611c51565b610b038383611ced565b5f611a0881611c51565b611a1182611eae565b5050565b5f611a1f81611c51565b611a1182611f2d565b6001600160a01b0381165f90815260076020908152604080832081518083019092525460ff808216835261010090910416158015928201839052909190611aa3575080515f86815260056020908152604080832063ffffffff89168452909152902060019081015460ff9092161b166001600160801b031615155b95945050505050565b5f818152600460205260409020546001600160a01b031680611ae457604051635375919760e11b8152600481018390526024016107a3565b6001600160a01b0381163314611a115760405163dbe2cc7b60e01b8152600481018390523360248201526001600160a01b03821660448201526064016107a3565b6040516001600160a01b03838116602483015260448201839052610b3c91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050611f9d565b5f6001600160801b03821115611bb7576040516306dfcc6560e41b815260806004820152602481018390526044016107a3565b5090565b6040516001600160a01b038481166024830152838116604483015260648201839052610b039186918216906323b872dd90608401611b52565b63ffffffff81161580611c2457505f8281526004602052604090205463ffffffff600160a01b9091048116908216115b15611a1157604051630e010b4360e01b81526004810183905263ffffffff821660248201526044016107a3565b611c5b8133612009565b50565b5f611c698383611504565b611ce6575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611c9e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610734565b505f610734565b5f611cf88383611504565b15611ce6575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610734565b6001600160a01b0381165f90815260076020908152604080832081518083019092525460ff808216835261010090910416151591810182905290611db8576040516381f524a560e01b81526001600160a01b03841660048201526024016107a3565b5192915050565b6001600160a01b0382163f818114611e07576040516354bbddfd60e11b81526004810186905263ffffffff8516602482015260448101839052606481018290526084016107a3565b5050505050565b600181901c6f55555555555555555555555555555555166001600160801b0390911603600281901c6f33333333333333333333333333333333908116911601600481901c016f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f166f010101010101010101010101010101010260781c60ff1690565b5f80612710611e8f8486612625565b611e999190612667565b9050611ea58185612686565b91509250929050565b6107d061ffff82161115611ee357604051634c2c01dd60e01b815261ffff821660048201526107d060248201526044016107a3565b6001805461ffff191661ffff83169081179091556040519081527f344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e69060200160405180910390a150565b6001600160a01b038116611f54576040516368c2c25b60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b5f5f60205f8451602086015f885af180611fbc576040513d5f823e3d81fd5b50505f513d91508115611fd3578060011415611fe0565b6001600160a01b0384163b155b15610b0357604051635274afe760e01b81526001600160a01b03851660048201526024016107a3565b6120138282611504565b611a115760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107a3565b5f60208284031215612052575f5ffd5b81356001600160e01b0319811681146114fd575f5ffd5b80356001600160a01b038116811461207f575f5ffd5b919050565b5f5f60408385031215612095575f5ffd5b823591506120a560208401612069565b90509250929050565b803563ffffffff8116811461207f575f5ffd5b5f5f5f606084860312156120d3575f5ffd5b833592506120e3602085016120ae565b929592945050506040919091013590565b5f60208284031215612104575f5ffd5b5035919050565b5f5f5f6060848603121561211d575f5ffd5b833592506120e360208501612069565b5f5f5f6060848603121561213f575f5ffd5b8335925061214f602085016120ae565b9150604084013560ff81168114612164575f5ffd5b809150509250925092565b5f5f60408385031215612180575f5ffd5b823591506120a5602084016120ae565b5f602082840312156121a0575f5ffd5b6114fd82612069565b5f5f83601f8401126121b9575f5ffd5b50813567ffffffffffffffff8111156121d0575f5ffd5b6020830191508360208285010111156121e7575f5ffd5b9250929050565b5f5f5f5f5f60808688031215612202575f5ffd5b8535945060208601359350604086013567ffffffffffffffff811115612226575f5ffd5b612232888289016121a9565b90945092505060608601356001600160601b0381168114612251575f5ffd5b809150509295509295909350565b5f5f60208385031215612270575f5ffd5b823567ffffffffffffffff811115612286575f5ffd5b8301601f81018513612296575f5ffd5b803567ffffffffffffffff8111156122ac575f5ffd5b8560208260051b84010111156122c0575f5ffd5b6020919091019590945092505050565b5f5f5f606084860312156122e2575f5ffd5b83359250602084013591506122f960408501612069565b90509250925092565b5f5f5f5f60808587031215612315575f5ffd5b84359350612325602086016120ae565b92506040850135915061233a60608601612069565b905092959194509250565b838152606060208201525f83518060608401528060208601608085015e5f608082850101526080601f19601f8301168401019150506001600160601b0383166040830152949350505050565b5f5f602083850312156123a2575f5ffd5b823567ffffffffffffffff8111156123b8575f5ffd5b6123c4858286016121a9565b90969095509350505050565b5f602082840312156123e0575f5ffd5b813561ffff811681146114fd575f5ffd5b5f5f5f60608486031215612403575f5ffd5b83359250612413602085016120ae565b91506122f960408501612069565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561073457610734612421565b5f63ffffffff821663ffffffff810361246357612463612421565b60010192915050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061249457607f821691505b6020821081036124b257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610b3c57805f5260205f20601f840160051c810160208510156124dd5750805b601f840160051c820191505b81811015611e07575f81556001016124e9565b67ffffffffffffffff8311156125145761251461246c565b612528836125228354612480565b836124b8565b5f601f841160018114612559575f85156125425750838201355b5f19600387901b1c1916600186901b178355611e07565b5f83815260208120601f198716915b828110156125885786850135825560209485019460019092019101612568565b50868210156125a4575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b848152606060208201525f6125f76060830185876125b6565b90506001600160601b038316604083015295945050505050565b634e487b7160e01b5f52603260045260245ffd5b808202811582820484141761073457610734612421565b5f6001820161264d5761264d612421565b5060010190565b602081525f6108ae6020830184866125b6565b5f8261268157634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156107345761073461242156
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\x1EW_5`\xE0\x1C\x80cp\xC7(i\x11a\x01*W\x80c\xB3G\xD0\xD9\x11a\0\xB4W\x80c\xD5\xBAdL\x11a\0yW\x80c\xD5\xBAdL\x14a\x06\x8EW\x80c\xDAw\x173\x14a\x06\xC3W\x80c\xE4F\x7F5\x14a\x06\xCBW\x80c\xF0\xF4B`\x14a\x06\xDEW\x80c\xF6b+\x1E\x14a\x06\xF1W__\xFD[\x80c\xB3G\xD0\xD9\x14a\x06\x03W\x80c\xBA\x1D\xC4\x07\x14a\x06%W\x80c\xBC\xB3\xE5\xC2\x14a\x068W\x80c\xCCx\xFE\xF1\x14a\x06hW\x80c\xD5Gt\x1F\x14a\x06{W__\xFD[\x80c\x81Y\x90s\x11a\0\xFAW\x80c\x81Y\x90s\x14a\x05\xB0W\x80c\x91\xD1HT\x14a\x05\xC3W\x80c\x92\xF2\xF7\xA0\x14a\x05\xD6W\x80c\xA2\x17\xFD\xDF\x14a\x05\xE9W\x80c\xB0\xC4\xD3\xD9\x14a\x05\xF0W__\xFD[\x80cp\xC7(i\x14a\x04\xF7W\x80cw\x93\\\xA3\x14a\x05\nW\x80cy\xC3\x8B\x9B\x14a\x05\x8AW\x80c\x80\xEEXJ\x14a\x05\x9DW__\xFD[\x80c//\xF1]\x11a\x01\xABW\x80cD -n\x11a\x01{W\x80cD -n\x14a\x03jW\x80cO'\xDA\x18\x14a\x04%W\x80c^|\xF5\xAB\x14a\x04\xABW\x80ca\xD0'\xB3\x14a\x04\xBEW\x80cgU%v\x14a\x04\xCFW__\xFD[\x80c//\xF1]\x14a\x03\x1BW\x80c5e\x9F\xB8\x14a\x03.W\x80c6V\x8A\xBE\x14a\x03DW\x80c@Q\xE5\x05\x14a\x03WW__\xFD[\x80c\x1F\xE2n\x9D\x11a\x01\xF1W\x80c\x1F\xE2n\x9D\x14a\x02\xB6W\x80c#\xC7I\xFB\x14a\x02\xBEW\x80c$\x8A\x9C\xA3\x14a\x02\xD1W\x80c$\x94|8\x14a\x02\xF3W\x80c,2\xBB\xDB\x14a\x03\x08W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\"W\x80c\x0E\xEF\xFB2\x14a\x02JW\x80c\x14>U\xE0\x14a\x02kW\x80c\x16#\xAF\xFB\x14a\x02\xA5W[__\xFD[a\x025a\x0206`\x04a BV[a\x07\x04V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02]a\x02X6`\x04a \x84V[a\x07:V[`@Q\x90\x81R` \x01a\x02AV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02AV[`\x01Tb\x01\0\0\x90\x04`\xFF\x16a\x02]V[`\x03Ta\x02]V[a\x02\x8Da\x02\xCC6`\x04a \xC1V[a\x08HV[a\x02]a\x02\xDF6`\x04a \xF4V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[a\x03\x06a\x03\x016`\x04a!\x0BV[a\x08\xB6V[\0[a\x03\x06a\x03\x166`\x04a!-V[a\n\x10V[a\x03\x06a\x03)6`\x04a \x84V[a\n\xDFV[`\x01T`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02AV[a\x03\x06a\x03R6`\x04a \x84V[a\x0B\tV[a\x03\x06a\x03e6`\x04a!oV[a\x0BAV[a\x03\xF1a\x03x6`\x04a \x84V[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90R\x94\x85R`\x08\x82R\x82\x85 `\x01`\x01`\xA0\x1B\x03\x94\x90\x94\x16\x85R\x92\x81R\x92\x81\x90 \x81Q\x92\x83\x01\x82RT`\x01`\x01`\x80\x1B\x03\x81\x16\x83R`\x01`\x80\x1B\x81\x04c\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R`\x01`\xA0\x1B\x90\x92\x04`\xFF\x16\x91\x81\x01\x91\x90\x91R\x90V[`@\x80Q\x82Q`\x01`\x01`\x80\x1B\x03\x16\x81R` \x80\x84\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x91\x81\x01Q`\xFF\x16\x90\x82\x01R``\x01a\x02AV[a\x04\x81a\x0436`\x04a \xF4V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01RP_\x90\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01`\xA0\x1B\x03\x81\x16\x83R`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x90V[`@\x80Q\x82Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x92\x83\x01Qc\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x01a\x02AV[a\x03\x06a\x04\xB96`\x04a!\x90V[a\x0C\x13V[`\x02T`\x01`\x01`\xA0\x1B\x03\x16a\x02\x8DV[a\x04\xE2a\x04\xDD6`\x04a!\xEEV[a\r\xD8V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02AV[a\x02]a\x05\x056`\x04a\"_V[a\x0E\xC8V[a\x05ca\x05\x186`\x04a \xF4V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01RP_\x90\x81R`\t` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93RT`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x84R`\x01`\x80\x1B\x90\x91\x04\x16\x90\x82\x01R\x90V[`@\x80Q\x82Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x82R` \x93\x84\x01Q\x16\x92\x81\x01\x92\x90\x92R\x01a\x02AV[a\x03\x06a\x05\x986`\x04a!oV[a\x10\x15V[a\x02]a\x05\xAB6`\x04a!\x0BV[a\x11CV[a\x02]a\x05\xBE6`\x04a!oV[a\x14\xBDV[a\x025a\x05\xD16`\x04a \x84V[a\x15\x04V[a\x03\x06a\x05\xE46`\x04a\"\xD0V[a\x15,V[a\x02]_\x81V[a\x03\x06a\x05\xFE6`\x04a#\x02V[a\x16jV[a\x06\x16a\x06\x116`\x04a!oV[a\x17\xFAV[`@Qa\x02A\x93\x92\x91\x90a#EV[a\x02]a\x0636`\x04a#\x91V[a\x18\xD8V[a\x025a\x06F6`\x04a!\x90V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x07` R`@\x90 Ta\x01\0\x90\x04`\xFF\x16\x90V[a\x03\x06a\x06v6`\x04a!\x90V[a\x19EV[a\x03\x06a\x06\x896`\x04a \x84V[a\x19\xDAV[a\x02]a\x06\x9C6`\x04a!oV[_\x91\x82R`\x05` \x90\x81R`@\x80\x84 c\xFF\xFF\xFF\xFF\x93\x90\x93\x16\x84R\x91\x90R\x90 `\x04\x01T\x90V[a\x02]`\x80\x81V[a\x03\x06a\x06\xD96`\x04a#\xD0V[a\x19\xFEV[a\x03\x06a\x06\xEC6`\x04a!\x90V[a\x1A\x15V[a\x025a\x06\xFF6`\x04a#\xF1V[a\x1A(V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x074WPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_a\x07D\x83a\x1A\xACV[`\x01`\x01`\xA0\x1B\x03\x82\x16a\x07kW`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P_\x82\x81R`\t` R`@\x81 T`\x01`\x01`\x80\x1B\x03\x16\x90\x81\x90\x03a\x07\xACW`@Qcm\xB8l\xB3`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01[`@Q\x80\x91\x03\x90\xFD[_\x83\x81R`\t` R`@\x90 \x80T`\x01`\x01`\x80\x1B\x03\x19\x16\x90Ua\x07\xFB`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x83a\x1B%V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x84\x16\x81R` \x81\x01\x83\x90R3\x91\x85\x91\x7F\xD0g7\x93\x97(\x86\x98\x1EV?\xDC\x8Fv\xE8\x82\xDE{\xCF\xA2\xD2\x94\x9A2\xCEN\xB4\xA2Sl\x88\xF6\x91\x01[`@Q\x80\x91\x03\x90\xA3\x92\x91PPV[_F\x82\x14a\x08\x85W_\x84\x81R`\x06` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x87\x16\x84R\x82R\x80\x83 \x85\x84R\x90\x91R\x90 T`\x01`\x01`\xA0\x1B\x03\x16a\x08\xAEV[_\x84\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x87\x16\x84R\x90\x91R\x90 T`\x01`\x01`\xA0\x1B\x03\x16[\x94\x93PPPPV[\x82\x15\x80a\x08\xC4WP`\x03T\x83\x11[\x15a\x08\xE5W`@QcSu\x91\x97`\xE1\x1B\x81R`\x04\x81\x01\x84\x90R`$\x01a\x07\xA3V[`\x01`\x01`\xA0\x1B\x03\x82\x16a\t\x0CW`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80_\x03a\t,W`@QcRN\xC4\xD1`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x83\x81R`\x08` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80Ta\tl\x90a\tg\x90\x84\x90`\x01`\x01`\x80\x1B\x03\x16a$5V[a\x1B\x84V[\x81T`\x01`\x01`\x80\x1B\x03\x19\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x81Ua\t\xBC\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x1630\x85a\x1B\xBBV[3`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16\x85\x7FL\x12\xF9\x1B\xA3\x9A(\xBF\\\x0F\xF3\xAA\x90\xD8\x05\xB4\xE4\x10\xAE{\xA9\xD3b\xC4\xAFX}\xFFg\xA9\xA6y\x85`@Qa\n\x02\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4PPPPV[a\n\x1A\x83\x83a\x1B\xF4V[`\x80\x81`\xFF\x16\x11\x15a\nJW`@Qb%\xD2m`\xE1\x1B\x81R`\xFF\x82\x16`\x04\x82\x01R`\x80`$\x82\x01R`D\x01a\x07\xA3V[_\x83\x81R`\x08` \x90\x81R`@\x80\x83 3\x80\x85R\x90\x83R\x92\x81\x90 \x80Td\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1Bc\xFF\xFF\xFF\xFF\x88\x16\x90\x81\x02`\xFF`\xA0\x1B\x19\x16\x91\x90\x91\x17`\x01`\xA0\x1B`\xFF\x88\x16\x90\x81\x02\x91\x90\x91\x17\x83U\x83Q\x91\x82R\x93\x81\x01\x93\x90\x93R\x92\x91\x86\x91\x7F-\xDE\r\xCD\x0C\xE7\r\xA7jl\xF6^U\xD1\xA0\xA5\xBB\xF1\x0B7n\x95BT\xC5\x85\xE6wl\x1B\xFE\xCB\x91\x01`@Q\x80\x91\x03\x90\xA3PPPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\n\xF9\x81a\x1CQV[a\x0B\x03\x83\x83a\x1C^V[PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x0B2W`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0B<\x82\x82a\x1C\xEDV[PPPV[_a\x0BK3a\x1DVV[_\x84\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x87\x16\x84R\x90\x91R\x81 `\x01\x81\x81\x01T`\xFF\x94\x90\x94\x16\x1B\x93P\x91\x83\x16`\x01`\x01`\x80\x1B\x03\x16\x90\x03a\x0B\xB7W`@Qb\x18\x8B\x8D`\xEA\x1B\x81R`\x04\x81\x01\x85\x90Rc\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R3`D\x82\x01R`d\x01a\x07\xA3V[`\x01\x81\x01\x80T`\x01`\x01`\x80\x1B\x03\x84\x19\x82\x16\x16`\x01`\x01`\x80\x1B\x03\x19\x90\x91\x16\x17\x90U`@Q3\x90c\xFF\xFF\xFF\xFF\x85\x16\x90\x86\x90\x7F\xF1465WO\x14:\x07\x1A\x9E.\x98\x87\xD0\x02b(\xEB\xBB'T\xE4\x9B\x02D\xBF\xEA\x9D\x80\n)\x90_\x90\xA4PPPPV[_a\x0C\x1D\x81a\x1CQV[`\x01`\x01`\xA0\x1B\x03\x82\x16a\x0CDW`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x07` R`@\x90 Ta\x01\0\x90\x04`\xFF\x16\x15a\x0C\x8DW`@Qc\xB6,\xD5I`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x07\xA3V[`@\x80Q``\x81\x01\x82R`\x01Ta\xFF\xFF\x81\x16\x82Rb\x01\0\0\x81\x04`\xFF\x16` \x83\x01\x81\x90Rc\x01\0\0\0\x90\x91\x04`\x01`\x01`\x80\x1B\x03\x16\x92\x82\x01\x92\x90\x92R\x90`\x7F\x19\x01a\x0C\xEEW`@Qc\x0Bs\x979`\xE0\x1B\x81R`\x80`\x04\x82\x01R`$\x01a\x07\xA3V[` \x81\x81\x01\x80Q`\x01\x80\x82\x01`\xFF\x90\x81\x16\x93\x84\x90R`@\x80\x87\x01\x80Q`\x01`\x01`\x80\x1B\x03\x84\x87\x16\x86\x81\x1B\x90\x92\x17\x16\x91\x82\x90R\x88Q\x85Ta\xFF\xFF\x90\x91\x16b\xFF\xFF\xFF\x19\x90\x91\x16\x17b\x01\0\0\x90\x97\x02\x96\x90\x96\x17c\x01\0\0\0`\x01`\x98\x1B\x03\x19\x16c\x01\0\0\0\x90\x91\x02\x17\x83U\x80Q\x80\x82\x01\x82R\x85\x81R\x80\x87\x01\x93\x84R`\x01`\x01`\xA0\x1B\x03\x8A\x16_\x81\x81R`\x07\x89R\x83\x90 \x91Q\x82T\x95Q\x94\x16a\xFF\xFF\x19\x90\x95\x16\x94\x90\x94\x17a\x01\0\x93\x15\x15\x93\x90\x93\x02\x92\x90\x92\x17\x90\x91UQ\x92\x83R\x90\x92\x90\x91\x7F\x0C!X\xE4\x94\xE6\xBD\x10\xD3\xA2o+\xB9\x8E\xEE3\xCC]c3n\xC2\xBB}\xEC\x0B\xABq]\xAFW\xAA\x91\x01`@Q\x80\x91\x03\x90\xA2PPPPV[_a\r\xE2\x86a\x1A\xACV[_\x86\x81R`\x04` R`@\x90 \x80T`\x14\x90a\x0E\n\x90`\x01`\xA0\x1B\x90\x04c\xFF\xFF\xFF\xFF\x16a$HV[\x82Tc\xFF\xFF\xFF\xFF\x80\x83\x16a\x01\0\x94\x90\x94\n\x84\x81\x02\x91\x02\x19\x90\x91\x16\x17\x90\x92U_\x88\x81R`\x05` \x90\x81R`@\x80\x83 \x93\x83R\x92\x90R \x80T`\x01`\x01``\x1B\x03\x85\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x17\x81U`\x02\x81\x01\x87\x90U\x90\x91P`\x03\x81\x01a\x0Ex\x85\x87\x83a$\xFCV[P\x81c\xFF\xFF\xFF\xFF\x16\x87\x7F\x86)\xBC\xE9'\xE2E%\r-\x0E\xE1\xDA5s\xB4\xC1\xE0\xB3OZp\xEA\xC4\x1F\x8B\xC9\x82\x0F\xDC1<\x88\x88\x88\x88`@Qa\x0E\xB6\x94\x93\x92\x91\x90a%\xDEV[`@Q\x80\x91\x03\x90\xA3P\x95\x94PPPPPV[__[\x82\x81\x10\x15a\x0FnW`\t_\x85\x85\x84\x81\x81\x10a\x0E\xE8Wa\x0E\xE8a&\x11V[` \x90\x81\x02\x92\x90\x92\x015\x83RP\x81\x01\x91\x90\x91R`@\x01_ Ta\x0F\x1B\x90`\x01`\x80\x1B\x90\x04`\x01`\x01`\x80\x1B\x03\x16\x83a$5V[\x91P_`\t_\x86\x86\x85\x81\x81\x10a\x0F3Wa\x0F3a&\x11V[` \x90\x81\x02\x92\x90\x92\x015\x83RP\x81\x01\x91\x90\x91R`@\x01_ \x80T`\x01`\x01`\x80\x1B\x03\x92\x83\x16`\x01`\x80\x1B\x02\x92\x16\x91\x90\x91\x17\x90U`\x01\x01a\x0E\xCBV[P\x80_\x03a\x0F\x8FW`@Qc\x06\xCD\0\x9F`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90a\x0F\xCB\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a\x1B%V[\x80`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB6\xC8\x1BRn\x1B\xD5Z8E\xD8\xCA\xA6\xFE\x0C\x1C\xE8{<\x9ESN\xECC\xF4;<\x18I\xD4\xE2\xE8\x83`@Qa\x10\x06\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2P\x92\x91PPV[_a\x10\x1F3a\x1DVV[`\xFF\x16`\x01`\x01`\x01`\x80\x1B\x03\x16\x90\x1B\x90Pa\x10;\x83\x83a\x1B\xF4V[_\x83\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x86\x16\x84R\x90\x91R\x90 `\x01\x81\x01T\x82\x16`\x01`\x01`\x80\x1B\x03\x16\x15a\x10\x9CW`@Qcw\x0B\xB9\x85`\xE0\x1B\x81R`\x04\x81\x01\x85\x90Rc\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R3`D\x82\x01R`d\x01a\x07\xA3V[\x80T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x10\xD4W`@Qcem\ty`\xE0\x1B\x81R`\x04\x81\x01\x86\x90Rc\xFF\xFF\xFF\xFF\x85\x16`$\x82\x01R`D\x01a\x07\xA3V[a\x10\xE4\x85\x85\x83\x85`\x04\x01Ta\x1D\xBFV[`\x01\x82\x01\x80T`\x01`\x01`\x80\x1B\x03\x80\x86\x16\x90\x82\x16\x17`\x01`\x01`\x80\x1B\x03\x19\x90\x91\x16\x17\x90U`@Q3\x90c\xFF\xFF\xFF\xFF\x86\x16\x90\x87\x90\x7F\xFA3\x07\x01\xD0\xFD\xF7=\x19\xAE\x0C\xE5\\\xAC/WJ\x89\x8E\xE4(\xD6\x98,\x9B\x18\x8D\xBE\x7Fo;\x89\x90_\x90\xA4PPPPPV[_\x83\x81R`\x08` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x81\x16\x85R\x90\x83R\x81\x84 \x82Q``\x81\x01\x84R\x90T`\x01`\x01`\x80\x1B\x03\x81\x16\x82R`\x01`\x80\x1B\x81\x04c\xFF\xFF\xFF\xFF\x90\x81\x16\x83\x87\x01\x90\x81R`\x01`\xA0\x1B\x90\x92\x04`\xFF\x16\x83\x86\x01R\x89\x87R`\x05\x86R\x84\x87 \x91Q\x16\x86R\x90\x93R\x90\x83 \x80T\x90\x91\x163\x14a\x11\xF4W` \x82\x01Q`@Qc\xF5y\x88\x17`\xE0\x1B\x81R`\x04\x81\x01\x88\x90Rc\xFF\xFF\xFF\xFF\x90\x91\x16`$\x82\x01R3`D\x82\x01R`d\x01a\x07\xA3V[\x83_\x03a\x12\x14W`@Qc\n\xC6\xEC1`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@\x80Q``\x81\x01\x82R`\x01Ta\xFF\xFF\x81\x16\x82Rb\x01\0\0\x81\x04`\xFF\x90\x81\x16` \x84\x01Rc\x01\0\0\0\x90\x91\x04`\x01`\x01`\x80\x1B\x03\x16\x82\x84\x01R\x91\x84\x01Q\x90\x91\x16\x15a\x12\xE1W`@\x81\x01Q`\x01\x83\x01T_\x91a\x12x\x91\x16`\x01`\x01`\x80\x1B\x03\x16a\x1E\x0EV[\x90P\x83`@\x01Q`\xFF\x16\x81\x10\x15a\x12\xCBW` \x84\x01Q`@\x80\x86\x01Q\x90Qc\xA5\x9A\x88\xA5`\xE0\x1B\x81R`\x04\x81\x01\x8B\x90Rc\xFF\xFF\xFF\xFF\x90\x92\x16`$\x83\x01R`D\x82\x01\x83\x90R`\xFF\x16`d\x82\x01R`\x84\x01a\x07\xA3V[a\x12\xDF\x88\x85` \x01Q3\x86`\x04\x01Ta\x1D\xBFV[P[\x81Ta\x12\xFD\x90`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16\x86a&%V[\x83Q\x90\x94P`\x01`\x01`\x80\x1B\x03\x16\x84\x11\x15a\x13VW\x82Q`@Qc<gM\xBB`\xE0\x1B\x81R`\x04\x81\x01\x89\x90R`\x01`\x01`\xA0\x1B\x03\x88\x16`$\x82\x01R`D\x81\x01\x86\x90R`\x01`\x01`\x80\x1B\x03\x90\x91\x16`d\x82\x01R`\x84\x01a\x07\xA3V[__a\x13i\x86\x84_\x01Qa\xFF\xFF\x16a\x1E\x80V[\x86Q_\x8C\x81R`\x08` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8F\x16\x84R\x82R\x80\x83 \x80T`\x01`\x01`\x80\x1B\x03\x19\x16`\x01`\x01`\x80\x1B\x03\x95\x86\x16\x8E\x90\x03\x86\x16\x17\x90U\x8E\x83R`\t\x82R\x91\x82\x90 \x82Q\x80\x84\x01\x84R\x90T\x80\x85\x16\x82R`\x01`\x80\x1B\x90\x04\x84\x16\x91\x81\x01\x91\x90\x91R\x81Q\x80\x83\x01\x90\x92R\x80Q\x94\x96P\x92\x94P\x91\x92\x82\x91a\x13\xF8\x91a\tg\x91\x88\x91\x16a$5V[`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01a\x14\"\x84\x84` \x01Q`\x01`\x01`\x80\x1B\x03\x16a\tg\x91\x90a$5V[`\x01`\x01`\x80\x1B\x03\x90\x81\x16\x90\x91R_\x8C\x81R`\t` \x90\x81R`@\x91\x82\x90 \x84Q\x94\x82\x01Q\x84\x16`\x01`\x80\x1B\x02\x94\x90\x93\x16\x93\x90\x93\x17\x90\x91U\x87\x82\x01Q\x81Q\x8B\x81R\x92\x83\x01\x8A\x90R\x90\x82\x01\x84\x90Rc\xFF\xFF\xFF\xFF\x16\x90`\x01`\x01`\xA0\x1B\x03\x8B\x16\x90\x8C\x90\x7F\xC0\xE2\xCB\xF1\x99*\xE9\xF9\x15\x12^\x92\xAE\x089\xF7\xC6\xDB\xC0\xF1\x10\xBD\x06\x89\xEF\xA6N\xC1@U\xE4\xB3\x90``\x01`@Q\x80\x91\x03\x90\xA4PPPPPP\x93\x92PPPV[`\x01\x80T_\x84\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x87\x16\x84R\x90\x91R\x81 \x90\x92\x01Ta\x14\xFD\x91c\x01\0\0\0\x90\x04\x16`\x01`\x01`\x80\x1B\x03\x16a\x1E\x0EV[\x93\x92PPPV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x15SW`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81_\x03a\x15sW`@QcRN\xC4\xD1`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x83\x81R`\x08` \x90\x81R`@\x80\x83 3\x84R\x90\x91R\x90 \x80T`\x01`\x01`\x80\x1B\x03\x16\x80\x84\x11\x15a\x15\xCEW`@Qc<gM\xBB`\xE0\x1B\x81R`\x04\x81\x01\x86\x90R3`$\x82\x01R`D\x81\x01\x85\x90R`d\x81\x01\x82\x90R`\x84\x01a\x07\xA3V[\x81T`\x01`\x01`\x80\x1B\x03\x19\x16\x84\x82\x03`\x01`\x01`\x80\x1B\x03\x16\x17\x82Ua\x16\x1D\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x84\x86a\x1B%V[`@\x80Q`\x01`\x01`\xA0\x1B\x03\x85\x16\x81R` \x81\x01\x86\x90R3\x91\x87\x91\x7FqkI\x9F(r\xBD\xEDbE)\xB5\x99\xD2L\xF4\x85\xF8N\xE7`\xB0\x1D$\xF3\xDD1!\x010\xB2\xAB\x91\x01`@Q\x80\x91\x03\x90\xA3PPPPPV[a\x16s\x84a\x1A\xACV[a\x16}\x84\x84a\x1B\xF4V[\x81_\x03a\x16\x9DW`@Qc~\x04yY`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x16\xC4W`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x16\xD0\x85\x85\x85a\x08HV[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16\x15a\x17\x1FW`@Qc\x7F\xE3G\x01`\xE0\x1B\x81R`\x04\x81\x01\x86\x90Rc\xFF\xFF\xFF\xFF\x85\x16`$\x82\x01R`D\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`d\x82\x01R`\x84\x01a\x07\xA3V[F\x83\x03a\x17kW_\x85\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x90\x91R\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x81\x17\x82U?`\x04\x90\x91\x01Ua\x17\xABV[_\x85\x81R`\x06` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x82R\x80\x83 \x86\x84R\x90\x91R\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x17\x90U[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x81R\x83\x90c\xFF\xFF\xFF\xFF\x86\x16\x90\x87\x90\x7F_\xE7\xB4\xF9z\xEF\x10G\xBA5Z\x92\xDB\xC2\x8A\x1D\x1F$\xE5\xC9U\xB5\xF8\xE3\xB1\xFB\xEE\x0FVQ\xE7\x9E\x90` \x01`@Q\x80\x91\x03\x90\xA4PPPPPV[_\x82\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x81 `\x02\x81\x01T\x81T`\x03\x83\x01\x80T``\x94\x86\x94\x90\x93\x90\x92\x91`\x01`\xA0\x1B\x90\x91\x04`\x01`\x01``\x1B\x03\x16\x90\x82\x90a\x18L\x90a$\x80V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x18x\x90a$\x80V[\x80\x15a\x18\xC3W\x80`\x1F\x10a\x18\x9AWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x18\xC3V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x18\xA6W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x91P\x93P\x93P\x93PP\x92P\x92P\x92V[_`\x03_\x81Ta\x18\xE7\x90a&<V[\x91\x82\x90UP_\x81\x81R`\x04` R`@\x90\x81\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x19\x163\x90\x81\x17\x90\x91U\x90Q\x91\x92P\x90\x82\x90\x7F\xAD\xE0\x16\xA8\xD3!dNQ\xA5\xC2w\xD9#t\0\xE3\xF1\xE0'\xC3\x08\x8D\xCF\xE6\x98\xEFH\xC5b\xF7\xB0\x90a\x08:\x90\x87\x90\x87\x90a&TV[_a\x19O\x81a\x1CQV[_a\x19Y\x83a\x1DVV[`\x01\x80Tc\x01\0\0\0\x80\x82\x04`\xFF\x85\x16\x84\x90\x1B\x19\x16`\x01`\x01`\x80\x1B\x03\x16\x02c\x01\0\0\0`\x01`\x98\x1B\x03\x19\x90\x91\x16\x17\x90U`\x01`\x01`\xA0\x1B\x03\x84\x16_\x81\x81R`\x07` R`@\x80\x82 \x80Ta\xFF\0\x19\x16\x90UQ\x92\x93P\x90\x91\x7F6\x88F\xEDX\x8A/\xB1+O\xAB\xFF\xDER\n\xD57\xDF&\xEA\x80\xADx\x9B`\xAF\xC3|\\\xC7\xFEk\x91\x90\xA2PPPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x19\xF4\x81a\x1CQV[a\x0B\x03\x83\x83a\x1C\xEDV[_a\x1A\x08\x81a\x1CQV[a\x1A\x11\x82a\x1E\xAEV[PPV[_a\x1A\x1F\x81a\x1CQV[a\x1A\x11\x82a\x1F-V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x07` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\xFF\x80\x82\x16\x83Ra\x01\0\x90\x91\x04\x16\x15\x80\x15\x92\x82\x01\x83\x90R\x90\x91\x90a\x1A\xA3WP\x80Q_\x86\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x89\x16\x84R\x90\x91R\x90 `\x01\x90\x81\x01T`\xFF\x90\x92\x16\x1B\x16`\x01`\x01`\x80\x1B\x03\x16\x15\x15[\x95\x94PPPPPV[_\x81\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x1A\xE4W`@QcSu\x91\x97`\xE1\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01a\x07\xA3V[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x1A\x11W`@Qc\xDB\xE2\xCC{`\xE0\x1B\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16`D\x82\x01R`d\x01a\x07\xA3V[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x0B<\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x83\x81\x83\x16\x17\x83RPPPPa\x1F\x9DV[_`\x01`\x01`\x80\x1B\x03\x82\x11\x15a\x1B\xB7W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`\x80`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07\xA3V[P\x90V[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x0B\x03\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a\x1BRV[c\xFF\xFF\xFF\xFF\x81\x16\x15\x80a\x1C$WP_\x82\x81R`\x04` R`@\x90 Tc\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x90\x91\x04\x81\x16\x90\x82\x16\x11[\x15a\x1A\x11W`@Qc\x0E\x01\x0BC`\xE0\x1B\x81R`\x04\x81\x01\x83\x90Rc\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x07\xA3V[a\x1C[\x813a \tV[PV[_a\x1Ci\x83\x83a\x15\x04V[a\x1C\xE6W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x1C\x9E3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x074V[P_a\x074V[_a\x1C\xF8\x83\x83a\x15\x04V[\x15a\x1C\xE6W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x86\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4P`\x01a\x074V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x07` \x90\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92RT`\xFF\x80\x82\x16\x83Ra\x01\0\x90\x91\x04\x16\x15\x15\x91\x81\x01\x82\x90R\x90a\x1D\xB8W`@Qc\x81\xF5$\xA5`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x07\xA3V[Q\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x82\x16?\x81\x81\x14a\x1E\x07W`@QcT\xBB\xDD\xFD`\xE1\x1B\x81R`\x04\x81\x01\x86\x90Rc\xFF\xFF\xFF\xFF\x85\x16`$\x82\x01R`D\x81\x01\x83\x90R`d\x81\x01\x82\x90R`\x84\x01a\x07\xA3V[PPPPPV[`\x01\x81\x90\x1CoUUUUUUUUUUUUUUUU\x16`\x01`\x01`\x80\x1B\x03\x90\x91\x16\x03`\x02\x81\x90\x1Co3333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01o\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x16o\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02`x\x1C`\xFF\x16\x90V[_\x80a'\x10a\x1E\x8F\x84\x86a&%V[a\x1E\x99\x91\x90a&gV[\x90Pa\x1E\xA5\x81\x85a&\x86V[\x91P\x92P\x92\x90PV[a\x07\xD0a\xFF\xFF\x82\x16\x11\x15a\x1E\xE3W`@QcL,\x01\xDD`\xE0\x1B\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01Ra\x07\xD0`$\x82\x01R`D\x01a\x07\xA3V[`\x01\x80Ta\xFF\xFF\x19\x16a\xFF\xFF\x83\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F4N\xD1\xADM\xDD~c\xE0D\x03\x81\x1E8\x05\x88\x95\xEFzek\xF6\xD5\xB2]!\x9E\0\x83\xC2'\xE6\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x1FTW`@Qch\xC2\xC2[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x02\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a\x1F\xBCW`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a\x1F\xD3W\x80`\x01\x14\x15a\x1F\xE0V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\x0B\x03W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x07\xA3V[a \x13\x82\x82a\x15\x04V[a\x1A\x11W`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x07\xA3V[_` \x82\x84\x03\x12\x15a RW__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x14\xFDW__\xFD[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a \x7FW__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a \x95W__\xFD[\x825\x91Pa \xA5` \x84\x01a iV[\x90P\x92P\x92\x90PV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a \x7FW__\xFD[___``\x84\x86\x03\x12\x15a \xD3W__\xFD[\x835\x92Pa \xE3` \x85\x01a \xAEV[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[_` \x82\x84\x03\x12\x15a!\x04W__\xFD[P5\x91\x90PV[___``\x84\x86\x03\x12\x15a!\x1DW__\xFD[\x835\x92Pa \xE3` \x85\x01a iV[___``\x84\x86\x03\x12\x15a!?W__\xFD[\x835\x92Pa!O` \x85\x01a \xAEV[\x91P`@\x84\x015`\xFF\x81\x16\x81\x14a!dW__\xFD[\x80\x91PP\x92P\x92P\x92V[__`@\x83\x85\x03\x12\x15a!\x80W__\xFD[\x825\x91Pa \xA5` \x84\x01a \xAEV[_` \x82\x84\x03\x12\x15a!\xA0W__\xFD[a\x14\xFD\x82a iV[__\x83`\x1F\x84\x01\x12a!\xB9W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!\xD0W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a!\xE7W__\xFD[\x92P\x92\x90PV[_____`\x80\x86\x88\x03\x12\x15a\"\x02W__\xFD[\x855\x94P` \x86\x015\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"&W__\xFD[a\"2\x88\x82\x89\x01a!\xA9V[\x90\x94P\x92PP``\x86\x015`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\"QW__\xFD[\x80\x91PP\x92\x95P\x92\x95\x90\x93PV[__` \x83\x85\x03\x12\x15a\"pW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\x86W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a\"\x96W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\xACW__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a\"\xC0W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[___``\x84\x86\x03\x12\x15a\"\xE2W__\xFD[\x835\x92P` \x84\x015\x91Pa\"\xF9`@\x85\x01a iV[\x90P\x92P\x92P\x92V[____`\x80\x85\x87\x03\x12\x15a#\x15W__\xFD[\x845\x93Pa#%` \x86\x01a \xAEV[\x92P`@\x85\x015\x91Pa#:``\x86\x01a iV[\x90P\x92\x95\x91\x94P\x92PV[\x83\x81R``` \x82\x01R_\x83Q\x80``\x84\x01R\x80` \x86\x01`\x80\x85\x01^_`\x80\x82\x85\x01\x01R`\x80`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP`\x01`\x01``\x1B\x03\x83\x16`@\x83\x01R\x94\x93PPPPV[__` \x83\x85\x03\x12\x15a#\xA2W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\xB8W__\xFD[a#\xC4\x85\x82\x86\x01a!\xA9V[\x90\x96\x90\x95P\x93PPPPV[_` \x82\x84\x03\x12\x15a#\xE0W__\xFD[\x815a\xFF\xFF\x81\x16\x81\x14a\x14\xFDW__\xFD[___``\x84\x86\x03\x12\x15a$\x03W__\xFD[\x835\x92Pa$\x13` \x85\x01a \xAEV[\x91Pa\"\xF9`@\x85\x01a iV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x074Wa\x074a$!V[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a$cWa$ca$!V[`\x01\x01\x92\x91PPV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a$\x94W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a$\xB2WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x0B<W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a$\xDDWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x1E\x07W_\x81U`\x01\x01a$\xE9V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a%\x14Wa%\x14a$lV[a%(\x83a%\"\x83Ta$\x80V[\x83a$\xB8V[_`\x1F\x84\x11`\x01\x81\x14a%YW_\x85\x15a%BWP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua\x1E\x07V[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a%\x88W\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a%hV[P\x86\x82\x10\x15a%\xA4W_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81\x83R\x81\x81` \x85\x017P_\x82\x82\x01` \x90\x81\x01\x91\x90\x91R`\x1F\x90\x91\x01`\x1F\x19\x16\x90\x91\x01\x01\x90V[\x84\x81R``` \x82\x01R_a%\xF7``\x83\x01\x85\x87a%\xB6V[\x90P`\x01`\x01``\x1B\x03\x83\x16`@\x83\x01R\x95\x94PPPPPV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x074Wa\x074a$!V[_`\x01\x82\x01a&MWa&Ma$!V[P`\x01\x01\x90V[` \x81R_a\x08\xAE` \x83\x01\x84\x86a%\xB6V[_\x82a&\x81WcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\x074Wa\x074a$!V",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlBadConfirmation()` and selector `0x6697b232`.
```solidity
error AccessControlBadConfirmation();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlBadConfirmation;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlBadConfirmation>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlBadConfirmation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlBadConfirmation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlBadConfirmation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlBadConfirmation()";
            const SELECTOR: [u8; 4] = [102u8, 151u8, 178u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlUnauthorizedAccount(address,bytes32)` and selector `0xe2517d3f`.
```solidity
error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub neededRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlUnauthorizedAccount) -> Self {
                (value.account, value.neededRole)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    neededRole: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlUnauthorizedAccount(address,bytes32)";
            const SELECTOR: [u8; 4] = [226u8, 81u8, 125u8, 63u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.neededRole),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketAlreadyAttested(uint256,uint32,address)` and selector `0x770bb985`.
```solidity
error ComponentMarketAlreadyAttested(uint256 componentId, uint32 version, address attester);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketAlreadyAttested {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u32,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketAlreadyAttested>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketAlreadyAttested) -> Self {
                (value.componentId, value.version, value.attester)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketAlreadyAttested {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    componentId: tuple.0,
                    version: tuple.1,
                    attester: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketAlreadyAttested {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketAlreadyAttested(uint256,uint32,address)";
            const SELECTOR: [u8; 4] = [119u8, 11u8, 185u8, 133u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.attester,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketAttesterAlreadyApproved(address)` and selector `0xb62cd549`.
```solidity
error ComponentMarketAttesterAlreadyApproved(address attester);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketAttesterAlreadyApproved {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketAttesterAlreadyApproved>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketAttesterAlreadyApproved) -> Self {
                (value.attester,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketAttesterAlreadyApproved {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { attester: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketAttesterAlreadyApproved {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketAttesterAlreadyApproved(address)";
            const SELECTOR: [u8; 4] = [182u8, 44u8, 213u8, 73u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.attester,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketAttesterLimitReached(uint256)` and selector `0x0b739739`.
```solidity
error ComponentMarketAttesterLimitReached(uint256 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketAttesterLimitReached {
        #[allow(missing_docs)]
        pub maximum: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketAttesterLimitReached>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketAttesterLimitReached) -> Self {
                (value.maximum,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketAttesterLimitReached {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { maximum: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketAttesterLimitReached {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketAttesterLimitReached(uint256)";
            const SELECTOR: [u8; 4] = [11u8, 115u8, 151u8, 57u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maximum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketDeploymentAlreadySet(uint256,uint32,uint256,address)` and selector `0x7fe34701`.
```solidity
error ComponentMarketDeploymentAlreadySet(uint256 componentId, uint32 version, uint256 chainId, address deployment);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketDeploymentAlreadySet {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deployment: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u32,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketDeploymentAlreadySet>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketDeploymentAlreadySet) -> Self {
                (value.componentId, value.version, value.chainId, value.deployment)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketDeploymentAlreadySet {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    componentId: tuple.0,
                    version: tuple.1,
                    chainId: tuple.2,
                    deployment: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketDeploymentAlreadySet {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketDeploymentAlreadySet(uint256,uint32,uint256,address)";
            const SELECTOR: [u8; 4] = [127u8, 227u8, 71u8, 1u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.deployment,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketDeploymentCodeChanged(uint256,uint32,bytes32,bytes32)` and selector `0xa977bbfa`.
```solidity
error ComponentMarketDeploymentCodeChanged(uint256 componentId, uint32 version, bytes32 expected, bytes32 actual);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketDeploymentCodeChanged {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub actual: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u32,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketDeploymentCodeChanged>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketDeploymentCodeChanged) -> Self {
                (value.componentId, value.version, value.expected, value.actual)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketDeploymentCodeChanged {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    componentId: tuple.0,
                    version: tuple.1,
                    expected: tuple.2,
                    actual: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketDeploymentCodeChanged {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketDeploymentCodeChanged(uint256,uint32,bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [169u8, 119u8, 187u8, 250u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.expected),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.actual),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketFeeTooHigh(uint16,uint16)` and selector `0x4c2c01dd`.
```solidity
error ComponentMarketFeeTooHigh(uint16 feeBps, uint16 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketFeeTooHigh {
        #[allow(missing_docs)]
        pub feeBps: u16,
        #[allow(missing_docs)]
        pub maximum: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<16>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u16, u16);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketFeeTooHigh>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketFeeTooHigh) -> Self {
                (value.feeBps, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketFeeTooHigh {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    feeBps: tuple.0,
                    maximum: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketFeeTooHigh {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketFeeTooHigh(uint16,uint16)";
            const SELECTOR: [u8; 4] = [76u8, 44u8, 1u8, 221u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.feeBps),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.maximum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketInsufficientCredits(uint256,address,uint256,uint256)` and selector `0x3c674dbb`.
```solidity
error ComponentMarketInsufficientCredits(uint256 componentId, address consumer, uint256 cost, uint256 credits);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketInsufficientCredits {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub consumer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub cost: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub credits: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketInsufficientCredits>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketInsufficientCredits) -> Self {
                (value.componentId, value.consumer, value.cost, value.credits)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketInsufficientCredits {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    componentId: tuple.0,
                    consumer: tuple.1,
                    cost: tuple.2,
                    credits: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketInsufficientCredits {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketInsufficientCredits(uint256,address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [60u8, 103u8, 77u8, 187u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.consumer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.cost),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.credits),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketNoDeployment(uint256,uint32)` and selector `0x656d0979`.
```solidity
error ComponentMarketNoDeployment(uint256 componentId, uint32 version);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketNoDeployment {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u32,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketNoDeployment>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketNoDeployment) -> Self {
                (value.componentId, value.version)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketNoDeployment {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    componentId: tuple.0,
                    version: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketNoDeployment {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketNoDeployment(uint256,uint32)";
            const SELECTOR: [u8; 4] = [101u8, 109u8, 9u8, 121u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketNoEarnings(uint256)` and selector `0x6db86cb3`.
```solidity
error ComponentMarketNoEarnings(uint256 componentId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketNoEarnings {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketNoEarnings>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketNoEarnings) -> Self {
                (value.componentId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketNoEarnings {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { componentId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketNoEarnings {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketNoEarnings(uint256)";
            const SELECTOR: [u8; 4] = [109u8, 184u8, 108u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketNoFees()` and selector `0x0d9a013e`.
```solidity
error ComponentMarketNoFees();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketNoFees;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketNoFees> for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketNoFees) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ComponentMarketNoFees {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketNoFees {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketNoFees()";
            const SELECTOR: [u8; 4] = [13u8, 154u8, 1u8, 62u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketNotApprovedAttester(address)` and selector `0x81f524a5`.
```solidity
error ComponentMarketNotApprovedAttester(address attester);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketNotApprovedAttester {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketNotApprovedAttester>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketNotApprovedAttester) -> Self {
                (value.attester,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketNotApprovedAttester {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { attester: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketNotApprovedAttester {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketNotApprovedAttester(address)";
            const SELECTOR: [u8; 4] = [129u8, 245u8, 36u8, 165u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.attester,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketNotAttested(uint256,uint32,address)` and selector `0x622e3400`.
```solidity
error ComponentMarketNotAttested(uint256 componentId, uint32 version, address attester);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketNotAttested {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u32,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketNotAttested>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketNotAttested) -> Self {
                (value.componentId, value.version, value.attester)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketNotAttested {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    componentId: tuple.0,
                    version: tuple.1,
                    attester: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketNotAttested {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketNotAttested(uint256,uint32,address)";
            const SELECTOR: [u8; 4] = [98u8, 46u8, 52u8, 0u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.attester,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketNotAuthor(uint256,address,address)` and selector `0xdbe2cc7b`.
```solidity
error ComponentMarketNotAuthor(uint256 componentId, address caller, address author);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketNotAuthor {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub author: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketNotAuthor>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketNotAuthor) -> Self {
                (value.componentId, value.caller, value.author)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketNotAuthor {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    componentId: tuple.0,
                    caller: tuple.1,
                    author: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketNotAuthor {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketNotAuthor(uint256,address,address)";
            const SELECTOR: [u8; 4] = [219u8, 226u8, 204u8, 123u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.author,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketNotDeployment(uint256,uint32,address)` and selector `0xf5798817`.
```solidity
error ComponentMarketNotDeployment(uint256 componentId, uint32 version, address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketNotDeployment {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u32,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketNotDeployment>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketNotDeployment) -> Self {
                (value.componentId, value.version, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketNotDeployment {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    componentId: tuple.0,
                    version: tuple.1,
                    caller: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketNotDeployment {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketNotDeployment(uint256,uint32,address)";
            const SELECTOR: [u8; 4] = [245u8, 121u8, 136u8, 23u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketThresholdNotMet(uint256,uint32,uint256,uint256)` and selector `0xa59a88a5`.
```solidity
error ComponentMarketThresholdNotMet(uint256 componentId, uint32 version, uint256 attestations, uint256 required);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketThresholdNotMet {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub attestations: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub required: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u32,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketThresholdNotMet>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketThresholdNotMet) -> Self {
                (value.componentId, value.version, value.attestations, value.required)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketThresholdNotMet {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    componentId: tuple.0,
                    version: tuple.1,
                    attestations: tuple.2,
                    required: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketThresholdNotMet {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketThresholdNotMet(uint256,uint32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [165u8, 154u8, 136u8, 165u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.attestations),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketThresholdTooHigh(uint8,uint256)` and selector `0x004ba4da`.
```solidity
error ComponentMarketThresholdTooHigh(uint8 required, uint256 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketThresholdTooHigh {
        #[allow(missing_docs)]
        pub required: u8,
        #[allow(missing_docs)]
        pub maximum: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketThresholdTooHigh>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketThresholdTooHigh) -> Self {
                (value.required, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketThresholdTooHigh {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    required: tuple.0,
                    maximum: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketThresholdTooHigh {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketThresholdTooHigh(uint8,uint256)";
            const SELECTOR: [u8; 4] = [0u8, 75u8, 164u8, 218u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maximum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketUnknownComponent(uint256)` and selector `0xa6eb232e`.
```solidity
error ComponentMarketUnknownComponent(uint256 componentId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketUnknownComponent {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketUnknownComponent>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketUnknownComponent) -> Self {
                (value.componentId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketUnknownComponent {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { componentId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketUnknownComponent {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketUnknownComponent(uint256)";
            const SELECTOR: [u8; 4] = [166u8, 235u8, 35u8, 46u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketUnknownVersion(uint256,uint32)` and selector `0x0e010b43`.
```solidity
error ComponentMarketUnknownVersion(uint256 componentId, uint32 version);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketUnknownVersion {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            u32,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketUnknownVersion>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketUnknownVersion) -> Self {
                (value.componentId, value.version)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketUnknownVersion {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    componentId: tuple.0,
                    version: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketUnknownVersion {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketUnknownVersion(uint256,uint32)";
            const SELECTOR: [u8; 4] = [14u8, 1u8, 11u8, 67u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketZeroAddress()` and selector `0xd18584b6`.
```solidity
error ComponentMarketZeroAddress();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketZeroAddress;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketZeroAddress>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketZeroAddress()";
            const SELECTOR: [u8; 4] = [209u8, 133u8, 132u8, 182u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketZeroAmount()` and selector `0xa49d89a2`.
```solidity
error ComponentMarketZeroAmount();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketZeroAmount;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketZeroAmount>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketZeroAmount) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketZeroAmount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketZeroAmount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketZeroAmount()";
            const SELECTOR: [u8; 4] = [164u8, 157u8, 137u8, 162u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketZeroChainId()` and selector `0xfc08f2b2`.
```solidity
error ComponentMarketZeroChainId();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketZeroChainId;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketZeroChainId>
        for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketZeroChainId) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ComponentMarketZeroChainId {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketZeroChainId {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketZeroChainId()";
            const SELECTOR: [u8; 4] = [252u8, 8u8, 242u8, 178u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ComponentMarketZeroUses()` and selector `0x0ac6ec31`.
```solidity
error ComponentMarketZeroUses();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ComponentMarketZeroUses;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ComponentMarketZeroUses> for UnderlyingRustTuple<'_> {
            fn from(value: ComponentMarketZeroUses) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ComponentMarketZeroUses {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ComponentMarketZeroUses {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ComponentMarketZeroUses()";
            const SELECTOR: [u8; 4] = [10u8, 198u8, 236u8, 49u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeCastOverflowedUintDowncast(uint8,uint256)` and selector `0x6dfcc650`.
```solidity
error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeCastOverflowedUintDowncast {
        #[allow(missing_docs)]
        pub bits: u8,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeCastOverflowedUintDowncast>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeCastOverflowedUintDowncast) -> Self {
                (value.bits, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeCastOverflowedUintDowncast {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bits: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeCastOverflowedUintDowncast {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeCastOverflowedUintDowncast(uint8,uint256)";
            const SELECTOR: [u8; 4] = [109u8, 252u8, 198u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.bits),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AttestationRevoked(uint256,uint32,address)` and selector `0xf1343635574f143a071a9e2e9887d0026228ebbb2754e49b0244bfea9d800a29`.
```solidity
event AttestationRevoked(uint256 indexed componentId, uint32 indexed version, address indexed attester);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AttestationRevoked {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AttestationRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "AttestationRevoked(uint256,uint32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                241u8, 52u8, 54u8, 53u8, 87u8, 79u8, 20u8, 58u8, 7u8, 26u8, 158u8, 46u8,
                152u8, 135u8, 208u8, 2u8, 98u8, 40u8, 235u8, 187u8, 39u8, 84u8, 228u8,
                155u8, 2u8, 68u8, 191u8, 234u8, 157u8, 128u8, 10u8, 41u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    componentId: topics.1,
                    version: topics.2,
                    attester: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.componentId.clone(),
                    self.version.clone(),
                    self.attester.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.componentId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.version);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.attester,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AttestationRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AttestationRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AttestationRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Attested(uint256,uint32,address)` and selector `0xfa330701d0fdf73d19ae0ce55cac2f574a898ee428d6982c9b188dbe7f6f3b89`.
```solidity
event Attested(uint256 indexed componentId, uint32 indexed version, address indexed attester);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Attested {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Attested {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Attested(uint256,uint32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                250u8, 51u8, 7u8, 1u8, 208u8, 253u8, 247u8, 61u8, 25u8, 174u8, 12u8,
                229u8, 92u8, 172u8, 47u8, 87u8, 74u8, 137u8, 142u8, 228u8, 40u8, 214u8,
                152u8, 44u8, 155u8, 24u8, 141u8, 190u8, 127u8, 111u8, 59u8, 137u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    componentId: topics.1,
                    version: topics.2,
                    attester: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.componentId.clone(),
                    self.version.clone(),
                    self.attester.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.componentId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.version);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.attester,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Attested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Attested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Attested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AttesterApproved(address,uint8)` and selector `0x0c2158e494e6bd10d3a26f2bb98eee33cc5d63336ec2bb7dec0bab715daf57aa`.
```solidity
event AttesterApproved(address indexed attester, uint8 slot);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AttesterApproved {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub slot: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AttesterApproved {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "AttesterApproved(address,uint8)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                12u8, 33u8, 88u8, 228u8, 148u8, 230u8, 189u8, 16u8, 211u8, 162u8, 111u8,
                43u8, 185u8, 142u8, 238u8, 51u8, 204u8, 93u8, 99u8, 51u8, 110u8, 194u8,
                187u8, 125u8, 236u8, 11u8, 171u8, 113u8, 93u8, 175u8, 87u8, 170u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    attester: topics.1,
                    slot: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.slot),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.attester.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.attester,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AttesterApproved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AttesterApproved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AttesterApproved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AttesterRemoved(address)` and selector `0x368846ed588a2fb12b4fabffde520ad537df26ea80ad789b60afc37c5cc7fe6b`.
```solidity
event AttesterRemoved(address indexed attester);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AttesterRemoved {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AttesterRemoved {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "AttesterRemoved(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                54u8, 136u8, 70u8, 237u8, 88u8, 138u8, 47u8, 177u8, 43u8, 79u8, 171u8,
                255u8, 222u8, 82u8, 10u8, 213u8, 55u8, 223u8, 38u8, 234u8, 128u8, 173u8,
                120u8, 155u8, 96u8, 175u8, 195u8, 124u8, 92u8, 199u8, 254u8, 107u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { attester: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.attester.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.attester,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AttesterRemoved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AttesterRemoved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AttesterRemoved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Charged(uint256,address,uint32,uint256,uint256,uint256)` and selector `0xc0e2cbf1992ae9f915125e92ae0839f7c6dbc0f110bd0689efa64ec14055e4b3`.
```solidity
event Charged(uint256 indexed componentId, address indexed consumer, uint32 indexed version, uint256 uses, uint256 cost, uint256 protocolFee);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Charged {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub consumer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub uses: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub cost: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub protocolFee: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Charged {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "Charged(uint256,address,uint32,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                192u8, 226u8, 203u8, 241u8, 153u8, 42u8, 233u8, 249u8, 21u8, 18u8, 94u8,
                146u8, 174u8, 8u8, 57u8, 247u8, 198u8, 219u8, 192u8, 241u8, 16u8, 189u8,
                6u8, 137u8, 239u8, 166u8, 78u8, 193u8, 64u8, 85u8, 228u8, 179u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    componentId: topics.1,
                    consumer: topics.2,
                    version: topics.3,
                    uses: data.0,
                    cost: data.1,
                    protocolFee: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.uses),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.cost),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.protocolFee),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.componentId.clone(),
                    self.consumer.clone(),
                    self.version.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.componentId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.consumer,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.version);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Charged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Charged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Charged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ComponentRegistered(uint256,address,string)` and selector `0xade016a8d321644e51a5c277d9237400e3f1e027c3088dcfe698ef48c562f7b0`.
```solidity
event ComponentRegistered(uint256 indexed componentId, address indexed author, string uri);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ComponentRegistered {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub author: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ComponentRegistered {
            type DataTuple<'a> = (alloy::sol_types::sol_data::String,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ComponentRegistered(uint256,address,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                173u8, 224u8, 22u8, 168u8, 211u8, 33u8, 100u8, 78u8, 81u8, 165u8, 194u8,
                119u8, 217u8, 35u8, 116u8, 0u8, 227u8, 241u8, 224u8, 39u8, 195u8, 8u8,
                141u8, 207u8, 230u8, 152u8, 239u8, 72u8, 197u8, 98u8, 247u8, 176u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    componentId: topics.1,
                    author: topics.2,
                    uri: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.componentId.clone(),
                    self.author.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.componentId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.author,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ComponentRegistered {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ComponentRegistered> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ComponentRegistered) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CreditsDeposited(uint256,address,address,uint256)` and selector `0x4c12f91ba39a28bf5c0ff3aa90d805b4e410ae7ba9d362c4af587dff67a9a679`.
```solidity
event CreditsDeposited(uint256 indexed componentId, address indexed consumer, address indexed from, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CreditsDeposited {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub consumer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub from: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CreditsDeposited {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "CreditsDeposited(uint256,address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                76u8, 18u8, 249u8, 27u8, 163u8, 154u8, 40u8, 191u8, 92u8, 15u8, 243u8,
                170u8, 144u8, 216u8, 5u8, 180u8, 228u8, 16u8, 174u8, 123u8, 169u8, 211u8,
                98u8, 196u8, 175u8, 88u8, 125u8, 255u8, 103u8, 169u8, 166u8, 121u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    componentId: topics.1,
                    consumer: topics.2,
                    from: topics.3,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.componentId.clone(),
                    self.consumer.clone(),
                    self.from.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.componentId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.consumer,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.from,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CreditsDeposited {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CreditsDeposited> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &CreditsDeposited) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `CreditsWithdrawn(uint256,address,address,uint256)` and selector `0x716b499f2872bded624529b599d24cf485f84ee760b01d24f3dd31210130b2ab`.
```solidity
event CreditsWithdrawn(uint256 indexed componentId, address indexed consumer, address to, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CreditsWithdrawn {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub consumer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CreditsWithdrawn {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "CreditsWithdrawn(uint256,address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                113u8, 107u8, 73u8, 159u8, 40u8, 114u8, 189u8, 237u8, 98u8, 69u8, 41u8,
                181u8, 153u8, 210u8, 76u8, 244u8, 133u8, 248u8, 78u8, 231u8, 96u8, 176u8,
                29u8, 36u8, 243u8, 221u8, 49u8, 33u8, 1u8, 48u8, 178u8, 171u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    componentId: topics.1,
                    consumer: topics.2,
                    to: data.0,
                    amount: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.componentId.clone(),
                    self.consumer.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.componentId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.consumer,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CreditsWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CreditsWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &CreditsWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DeploymentSet(uint256,uint32,uint256,address)` and selector `0x5fe7b4f97aef1047ba355a92dbc28a1d1f24e5c955b5f8e3b1fbee0f5651e79e`.
```solidity
event DeploymentSet(uint256 indexed componentId, uint32 indexed version, uint256 indexed chainId, address deployment);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct DeploymentSet {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deployment: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DeploymentSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "DeploymentSet(uint256,uint32,uint256,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                95u8, 231u8, 180u8, 249u8, 122u8, 239u8, 16u8, 71u8, 186u8, 53u8, 90u8,
                146u8, 219u8, 194u8, 138u8, 29u8, 31u8, 36u8, 229u8, 201u8, 85u8, 181u8,
                248u8, 227u8, 177u8, 251u8, 238u8, 15u8, 86u8, 81u8, 231u8, 158u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    componentId: topics.1,
                    version: topics.2,
                    chainId: topics.3,
                    deployment: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.deployment,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.componentId.clone(),
                    self.version.clone(),
                    self.chainId.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.componentId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.version);
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.chainId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DeploymentSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DeploymentSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DeploymentSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EarningsWithdrawn(uint256,address,address,uint256)` and selector `0xd0673793972886981e563fdc8f76e882de7bcfa2d2949a32ce4eb4a2536c88f6`.
```solidity
event EarningsWithdrawn(uint256 indexed componentId, address indexed author, address to, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EarningsWithdrawn {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub author: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EarningsWithdrawn {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EarningsWithdrawn(uint256,address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                208u8, 103u8, 55u8, 147u8, 151u8, 40u8, 134u8, 152u8, 30u8, 86u8, 63u8,
                220u8, 143u8, 118u8, 232u8, 130u8, 222u8, 123u8, 207u8, 162u8, 210u8,
                148u8, 154u8, 50u8, 206u8, 78u8, 180u8, 162u8, 83u8, 108u8, 136u8, 246u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    componentId: topics.1,
                    author: topics.2,
                    to: data.0,
                    amount: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.componentId.clone(),
                    self.author.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.componentId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.author,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EarningsWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EarningsWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EarningsWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FeesSwept(address,uint256)` and selector `0xb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e8`.
```solidity
event FeesSwept(address indexed treasury, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct FeesSwept {
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for FeesSwept {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "FeesSwept(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                182u8, 200u8, 27u8, 82u8, 110u8, 27u8, 213u8, 90u8, 56u8, 69u8, 216u8,
                202u8, 166u8, 254u8, 12u8, 28u8, 232u8, 123u8, 60u8, 158u8, 83u8, 78u8,
                236u8, 67u8, 244u8, 59u8, 60u8, 24u8, 73u8, 212u8, 226u8, 232u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    treasury: topics.1,
                    amount: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.treasury.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.treasury,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for FeesSwept {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FeesSwept> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FeesSwept) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProtocolFeeSet(uint16)` and selector `0x344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e6`.
```solidity
event ProtocolFeeSet(uint16 feeBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProtocolFeeSet {
        #[allow(missing_docs)]
        pub feeBps: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ProtocolFeeSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProtocolFeeSet(uint16)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                52u8, 78u8, 209u8, 173u8, 77u8, 221u8, 126u8, 99u8, 224u8, 68u8, 3u8,
                129u8, 30u8, 56u8, 5u8, 136u8, 149u8, 239u8, 122u8, 101u8, 107u8, 246u8,
                213u8, 178u8, 93u8, 33u8, 158u8, 0u8, 131u8, 194u8, 39u8, 230u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { feeBps: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.feeBps),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProtocolFeeSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProtocolFeeSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProtocolFeeSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleAdminChanged(bytes32,bytes32,bytes32)` and selector `0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff`.
```solidity
event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleAdminChanged {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub previousAdminRole: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub newAdminRole: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleAdminChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RoleAdminChanged(bytes32,bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    previousAdminRole: topics.2,
                    newAdminRole: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.previousAdminRole.clone(),
                    self.newAdminRole.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.previousAdminRole);
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.newAdminRole);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleAdminChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleAdminChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleAdminChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleGranted(bytes32,address,address)` and selector `0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d`.
```solidity
event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleGranted {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleGranted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleGranted(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleRevoked(bytes32,address,address)` and selector `0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b`.
```solidity
event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleRevoked {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RoleRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleRevoked(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TreasurySet(address)` and selector `0x3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f`.
```solidity
event TreasurySet(address indexed treasury);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct TreasurySet {
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TreasurySet {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TreasurySet(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                60u8, 134u8, 69u8, 65u8, 239u8, 113u8, 55u8, 140u8, 98u8, 41u8, 81u8,
                14u8, 217u8, 15u8, 55u8, 101u8, 101u8, 238u8, 66u8, 217u8, 197u8, 224u8,
                144u8, 74u8, 152u8, 74u8, 158u8, 134u8, 62u8, 109u8, 180u8, 79u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { treasury: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.treasury.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.treasury,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TreasurySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TreasurySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TreasurySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `UsageSet(uint256,address,uint32,uint8)` and selector `0x2dde0dcd0ce70da76a6cf65e55d1a0a5bbf10b376e954254c585e6776c1bfecb`.
```solidity
event UsageSet(uint256 indexed componentId, address indexed consumer, uint32 version, uint8 requiredAttestations);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct UsageSet {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub consumer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub requiredAttestations: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for UsageSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "UsageSet(uint256,address,uint32,uint8)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                45u8, 222u8, 13u8, 205u8, 12u8, 231u8, 13u8, 167u8, 106u8, 108u8, 246u8,
                94u8, 85u8, 209u8, 160u8, 165u8, 187u8, 241u8, 11u8, 55u8, 110u8, 149u8,
                66u8, 84u8, 197u8, 133u8, 230u8, 119u8, 108u8, 27u8, 254u8, 203u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    componentId: topics.1,
                    consumer: topics.2,
                    version: data.0,
                    requiredAttestations: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.requiredAttestations),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.componentId.clone(),
                    self.consumer.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.componentId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.consumer,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for UsageSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&UsageSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &UsageSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `VersionPublished(uint256,uint32,bytes32,string,uint96)` and selector `0x8629bce927e245250d2d0ee1da3573b4c1e0b34f5a70eac41f8bc9820fdc313c`.
```solidity
event VersionPublished(uint256 indexed componentId, uint32 indexed version, bytes32 contentHash, string uri, uint96 feePerUse);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct VersionPublished {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub feePerUse: alloy::sol_types::private::primitives::aliases::U96,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for VersionPublished {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<96>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "VersionPublished(uint256,uint32,bytes32,string,uint96)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                134u8, 41u8, 188u8, 233u8, 39u8, 226u8, 69u8, 37u8, 13u8, 45u8, 14u8,
                225u8, 218u8, 53u8, 115u8, 180u8, 193u8, 224u8, 179u8, 79u8, 90u8, 112u8,
                234u8, 196u8, 31u8, 139u8, 201u8, 130u8, 15u8, 220u8, 49u8, 60u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    componentId: topics.1,
                    version: topics.2,
                    contentHash: data.0,
                    uri: data.1,
                    feePerUse: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.feePerUse),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.componentId.clone(),
                    self.version.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.componentId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.version);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for VersionPublished {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&VersionPublished> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &VersionPublished) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address era_, address treasury_, address admin, uint16 protocolFeeBps_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub era_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub protocolFeeBps_: u16,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                u16,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.era_, value.treasury_, value.admin, value.protocolFeeBps_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        era_: tuple.0,
                        treasury_: tuple.1,
                        admin: tuple.2,
                        protocolFeeBps_: tuple.3,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.era_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.admin,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.protocolFeeBps_),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_ADMIN_ROLE()` and selector `0xa217fddf`.
```solidity
function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_ADMIN_ROLE()`](DEFAULT_ADMIN_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLEReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLECall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_ADMIN_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_ADMIN_ROLE()";
            const SELECTOR: [u8; 4] = [162u8, 23u8, 253u8, 223u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_ATTESTERS()` and selector `0xda771733`.
```solidity
function MAX_ATTESTERS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_ATTESTERSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_ATTESTERS()`](MAX_ATTESTERSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_ATTESTERSReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_ATTESTERSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_ATTESTERSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_ATTESTERSCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<MAX_ATTESTERSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_ATTESTERSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_ATTESTERSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_ATTESTERSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_ATTESTERS()";
            const SELECTOR: [u8; 4] = [218u8, 119u8, 23u8, 51u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: MAX_ATTESTERSReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: MAX_ATTESTERSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `approveAttester(address)` and selector `0x5e7cf5ab`.
```solidity
function approveAttester(address attester) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveAttesterCall {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`approveAttester(address)`](approveAttesterCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveAttesterReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<approveAttesterCall> for UnderlyingRustTuple<'_> {
                fn from(value: approveAttesterCall) -> Self {
                    (value.attester,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for approveAttesterCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { attester: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<approveAttesterReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: approveAttesterReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for approveAttesterReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl approveAttesterReturn {
            fn _tokenize(
                &self,
            ) -> <approveAttesterCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for approveAttesterCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = approveAttesterReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "approveAttester(address)";
            const SELECTOR: [u8; 4] = [94u8, 124u8, 245u8, 171u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.attester,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                approveAttesterReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `attest(uint256,uint32)` and selector `0x79c38b9b`.
```solidity
function attest(uint256 componentId, uint32 version) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
    }
    ///Container type for the return parameters of the [`attest(uint256,uint32)`](attestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestCall> for UnderlyingRustTuple<'_> {
                fn from(value: attestCall) -> Self {
                    (value.componentId, value.version)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        version: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: attestReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl attestReturn {
            fn _tokenize(
                &self,
            ) -> <attestCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attestCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = attestReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "attest(uint256,uint32)";
            const SELECTOR: [u8; 4] = [121u8, 195u8, 139u8, 155u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                attestReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `attestationCount(uint256,uint32)` and selector `0x81599073`.
```solidity
function attestationCount(uint256 componentId, uint32 version) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestationCountCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`attestationCount(uint256,uint32)`](attestationCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestationCountReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestationCountCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: attestationCountCall) -> Self {
                    (value.componentId, value.version)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for attestationCountCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        version: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestationCountReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: attestationCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for attestationCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attestationCountCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "attestationCount(uint256,uint32)";
            const SELECTOR: [u8; 4] = [129u8, 89u8, 144u8, 115u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: attestationCountReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: attestationCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `attesterSlotsIssued()` and selector `0x1623affb`.
```solidity
function attesterSlotsIssued() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attesterSlotsIssuedCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`attesterSlotsIssued()`](attesterSlotsIssuedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attesterSlotsIssuedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attesterSlotsIssuedCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: attesterSlotsIssuedCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for attesterSlotsIssuedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attesterSlotsIssuedReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: attesterSlotsIssuedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for attesterSlotsIssuedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attesterSlotsIssuedCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "attesterSlotsIssued()";
            const SELECTOR: [u8; 4] = [22u8, 35u8, 175u8, 251u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: attesterSlotsIssuedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: attesterSlotsIssuedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `charge(uint256,address,uint256)` and selector `0x80ee584a`.
```solidity
function charge(uint256 componentId, address consumer, uint256 uses) external returns (uint256 cost);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct chargeCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub consumer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub uses: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`charge(uint256,address,uint256)`](chargeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct chargeReturn {
        #[allow(missing_docs)]
        pub cost: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<chargeCall> for UnderlyingRustTuple<'_> {
                fn from(value: chargeCall) -> Self {
                    (value.componentId, value.consumer, value.uses)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for chargeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        consumer: tuple.1,
                        uses: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<chargeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: chargeReturn) -> Self {
                    (value.cost,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for chargeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { cost: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for chargeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "charge(uint256,address,uint256)";
            const SELECTOR: [u8; 4] = [128u8, 238u8, 88u8, 74u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.consumer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.uses),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: chargeReturn = r.into();
                        r.cost
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: chargeReturn = r.into();
                        r.cost
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `componentCount()` and selector `0x1fe26e9d`.
```solidity
function componentCount() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct componentCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`componentCount()`](componentCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct componentCountReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<componentCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: componentCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for componentCountCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<componentCountReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: componentCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for componentCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for componentCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "componentCount()";
            const SELECTOR: [u8; 4] = [31u8, 226u8, 110u8, 157u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: componentCountReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: componentCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `deploymentCodeHash(uint256,uint32)` and selector `0xd5ba644c`.
```solidity
function deploymentCodeHash(uint256 componentId, uint32 version) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deploymentCodeHashCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`deploymentCodeHash(uint256,uint32)`](deploymentCodeHashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deploymentCodeHashReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<deploymentCodeHashCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: deploymentCodeHashCall) -> Self {
                    (value.componentId, value.version)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for deploymentCodeHashCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        version: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<deploymentCodeHashReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: deploymentCodeHashReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for deploymentCodeHashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for deploymentCodeHashCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "deploymentCodeHash(uint256,uint32)";
            const SELECTOR: [u8; 4] = [213u8, 186u8, 100u8, 76u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: deploymentCodeHashReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: deploymentCodeHashReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `deploymentOf(uint256,uint32,uint256)` and selector `0x23c749fb`.
```solidity
function deploymentOf(uint256 componentId, uint32 version, uint256 chainId) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deploymentOfCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`deploymentOf(uint256,uint32,uint256)`](deploymentOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deploymentOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<deploymentOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: deploymentOfCall) -> Self {
                    (value.componentId, value.version, value.chainId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for deploymentOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        version: tuple.1,
                        chainId: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<deploymentOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: deploymentOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for deploymentOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for deploymentOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "deploymentOf(uint256,uint32,uint256)";
            const SELECTOR: [u8; 4] = [35u8, 199u8, 73u8, 251u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: deploymentOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: deploymentOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `depositCredits(uint256,address,uint256)` and selector `0x24947c38`.
```solidity
function depositCredits(uint256 componentId, address consumer, uint256 amount) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositCreditsCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub consumer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`depositCredits(uint256,address,uint256)`](depositCreditsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositCreditsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<depositCreditsCall> for UnderlyingRustTuple<'_> {
                fn from(value: depositCreditsCall) -> Self {
                    (value.componentId, value.consumer, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for depositCreditsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        consumer: tuple.1,
                        amount: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<depositCreditsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: depositCreditsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for depositCreditsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl depositCreditsReturn {
            fn _tokenize(
                &self,
            ) -> <depositCreditsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for depositCreditsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = depositCreditsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "depositCredits(uint256,address,uint256)";
            const SELECTOR: [u8; 4] = [36u8, 148u8, 124u8, 56u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.consumer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                depositCreditsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `era()` and selector `0x143e55e0`.
```solidity
function era() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eraCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`era()`](eraCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eraReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eraCall> for UnderlyingRustTuple<'_> {
                fn from(value: eraCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eraCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eraReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eraReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eraReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eraCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "era()";
            const SELECTOR: [u8; 4] = [20u8, 62u8, 85u8, 224u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: eraReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: eraReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getComponent(uint256)` and selector `0x4f27da18`.
```solidity
function getComponent(uint256 componentId) external view returns (IComponentMarket.Component memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getComponentCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getComponent(uint256)`](getComponentCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getComponentReturn {
        #[allow(missing_docs)]
        pub _0: <IComponentMarket::Component as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getComponentCall> for UnderlyingRustTuple<'_> {
                fn from(value: getComponentCall) -> Self {
                    (value.componentId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getComponentCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { componentId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IComponentMarket::Component,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IComponentMarket::Component as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getComponentReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getComponentReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getComponentReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getComponentCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IComponentMarket::Component as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IComponentMarket::Component,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getComponent(uint256)";
            const SELECTOR: [u8; 4] = [79u8, 39u8, 218u8, 24u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IComponentMarket::Component as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getComponentReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getComponentReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getLedger(uint256)` and selector `0x77935ca3`.
```solidity
function getLedger(uint256 componentId) external view returns (IComponentMarket.Ledger memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getLedgerCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getLedger(uint256)`](getLedgerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getLedgerReturn {
        #[allow(missing_docs)]
        pub _0: <IComponentMarket::Ledger as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getLedgerCall> for UnderlyingRustTuple<'_> {
                fn from(value: getLedgerCall) -> Self {
                    (value.componentId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getLedgerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { componentId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IComponentMarket::Ledger,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IComponentMarket::Ledger as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getLedgerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getLedgerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getLedgerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getLedgerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IComponentMarket::Ledger as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IComponentMarket::Ledger,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getLedger(uint256)";
            const SELECTOR: [u8; 4] = [119u8, 147u8, 92u8, 163u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IComponentMarket::Ledger as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getLedgerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getLedgerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRoleAdmin(bytes32)` and selector `0x248a9ca3`.
```solidity
function getRoleAdmin(bytes32 role) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getRoleAdmin(bytes32)`](getRoleAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminCall) -> Self {
                    (value.role,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRoleAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRoleAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRoleAdmin(bytes32)";
            const SELECTOR: [u8; 4] = [36u8, 138u8, 156u8, 163u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getUsage(uint256,address)` and selector `0x44202d6e`.
```solidity
function getUsage(uint256 componentId, address consumer) external view returns (IComponentMarket.Usage memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getUsageCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub consumer: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getUsage(uint256,address)`](getUsageCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getUsageReturn {
        #[allow(missing_docs)]
        pub _0: <IComponentMarket::Usage as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getUsageCall> for UnderlyingRustTuple<'_> {
                fn from(value: getUsageCall) -> Self {
                    (value.componentId, value.consumer)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getUsageCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        consumer: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IComponentMarket::Usage,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IComponentMarket::Usage as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getUsageReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getUsageReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getUsageReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getUsageCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IComponentMarket::Usage as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IComponentMarket::Usage,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getUsage(uint256,address)";
            const SELECTOR: [u8; 4] = [68u8, 32u8, 45u8, 110u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.consumer,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IComponentMarket::Usage as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getUsageReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: getUsageReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getVersion(uint256,uint32)` and selector `0xb347d0d9`.
```solidity
function getVersion(uint256 componentId, uint32 version) external view returns (bytes32 contentHash, string memory uri, uint96 feePerUse);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getVersionCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getVersion(uint256,uint32)`](getVersionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getVersionReturn {
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub feePerUse: alloy::sol_types::private::primitives::aliases::U96,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getVersionCall> for UnderlyingRustTuple<'_> {
                fn from(value: getVersionCall) -> Self {
                    (value.componentId, value.version)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getVersionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        version: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<96>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U96,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getVersionReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getVersionReturn) -> Self {
                    (value.contentHash, value.uri, value.feePerUse)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getVersionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        contentHash: tuple.0,
                        uri: tuple.1,
                        feePerUse: tuple.2,
                    }
                }
            }
        }
        impl getVersionReturn {
            fn _tokenize(
                &self,
            ) -> <getVersionCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.feePerUse),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getVersionCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = getVersionReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<96>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getVersion(uint256,uint32)";
            const SELECTOR: [u8; 4] = [179u8, 71u8, 208u8, 217u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                getVersionReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantRole(bytes32,address)` and selector `0x2f2ff15d`.
```solidity
function grantRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`grantRole(bytes32,address)`](grantRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantRoleReturn {
            fn _tokenize(
                &self,
            ) -> <grantRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [47u8, 47u8, 241u8, 93u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hasAttested(uint256,uint32,address)` and selector `0xf6622b1e`.
```solidity
function hasAttested(uint256 componentId, uint32 version, address attester) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasAttestedCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasAttested(uint256,uint32,address)`](hasAttestedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasAttestedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasAttestedCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasAttestedCall) -> Self {
                    (value.componentId, value.version, value.attester)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasAttestedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        version: tuple.1,
                        attester: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasAttestedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasAttestedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasAttestedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasAttestedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasAttested(uint256,uint32,address)";
            const SELECTOR: [u8; 4] = [246u8, 98u8, 43u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.attester,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hasAttestedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hasAttestedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hasRole(bytes32,address)` and selector `0x91d14854`.
```solidity
function hasRole(bytes32 role, address account) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasRole(bytes32,address)`](hasRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hasRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [145u8, 209u8, 72u8, 84u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isApprovedAttester(address)` and selector `0xbcb3e5c2`.
```solidity
function isApprovedAttester(address attester) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isApprovedAttesterCall {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isApprovedAttester(address)`](isApprovedAttesterCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isApprovedAttesterReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isApprovedAttesterCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: isApprovedAttesterCall) -> Self {
                    (value.attester,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isApprovedAttesterCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { attester: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isApprovedAttesterReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: isApprovedAttesterReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for isApprovedAttesterReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isApprovedAttesterCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isApprovedAttester(address)";
            const SELECTOR: [u8; 4] = [188u8, 179u8, 229u8, 194u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.attester,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isApprovedAttesterReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isApprovedAttesterReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `protocolFeeBps()` and selector `0x35659fb8`.
```solidity
function protocolFeeBps() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct protocolFeeBpsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`protocolFeeBps()`](protocolFeeBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct protocolFeeBpsReturn {
        #[allow(missing_docs)]
        pub _0: u16,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<protocolFeeBpsCall> for UnderlyingRustTuple<'_> {
                fn from(value: protocolFeeBpsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for protocolFeeBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<protocolFeeBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: protocolFeeBpsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for protocolFeeBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for protocolFeeBpsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "protocolFeeBps()";
            const SELECTOR: [u8; 4] = [53u8, 101u8, 159u8, 184u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: protocolFeeBpsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: protocolFeeBpsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `publishVersion(uint256,bytes32,string,uint96)` and selector `0x67552576`.
```solidity
function publishVersion(uint256 componentId, bytes32 contentHash, string memory uri, uint96 feePerUse) external returns (uint32 version);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct publishVersionCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub feePerUse: alloy::sol_types::private::primitives::aliases::U96,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`publishVersion(uint256,bytes32,string,uint96)`](publishVersionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct publishVersionReturn {
        #[allow(missing_docs)]
        pub version: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<96>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U96,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<publishVersionCall> for UnderlyingRustTuple<'_> {
                fn from(value: publishVersionCall) -> Self {
                    (value.componentId, value.contentHash, value.uri, value.feePerUse)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for publishVersionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        contentHash: tuple.1,
                        uri: tuple.2,
                        feePerUse: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<publishVersionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: publishVersionReturn) -> Self {
                    (value.version,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for publishVersionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { version: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for publishVersionCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<96>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "publishVersion(uint256,bytes32,string,uint96)";
            const SELECTOR: [u8; 4] = [103u8, 85u8, 37u8, 118u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.feePerUse),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: publishVersionReturn = r.into();
                        r.version
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: publishVersionReturn = r.into();
                        r.version
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `registerComponent(string)` and selector `0xba1dc407`.
```solidity
function registerComponent(string memory uri) external returns (uint256 componentId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerComponentCall {
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`registerComponent(string)`](registerComponentCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerComponentReturn {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registerComponentCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: registerComponentCall) -> Self {
                    (value.uri,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for registerComponentCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uri: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registerComponentReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: registerComponentReturn) -> Self {
                    (value.componentId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for registerComponentReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { componentId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registerComponentCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::String,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "registerComponent(string)";
            const SELECTOR: [u8; 4] = [186u8, 29u8, 196u8, 7u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: registerComponentReturn = r.into();
                        r.componentId
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: registerComponentReturn = r.into();
                        r.componentId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `removeAttester(address)` and selector `0xcc78fef1`.
```solidity
function removeAttester(address attester) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct removeAttesterCall {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`removeAttester(address)`](removeAttesterCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct removeAttesterReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<removeAttesterCall> for UnderlyingRustTuple<'_> {
                fn from(value: removeAttesterCall) -> Self {
                    (value.attester,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for removeAttesterCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { attester: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<removeAttesterReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: removeAttesterReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for removeAttesterReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl removeAttesterReturn {
            fn _tokenize(
                &self,
            ) -> <removeAttesterCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for removeAttesterCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = removeAttesterReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "removeAttester(address)";
            const SELECTOR: [u8; 4] = [204u8, 120u8, 254u8, 241u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.attester,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                removeAttesterReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceRole(bytes32,address)` and selector `0x36568abe`.
```solidity
function renounceRole(bytes32 role, address callerConfirmation) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub callerConfirmation: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`renounceRole(bytes32,address)`](renounceRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleCall) -> Self {
                    (value.role, value.callerConfirmation)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        callerConfirmation: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceRoleReturn {
            fn _tokenize(
                &self,
            ) -> <renounceRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [54u8, 86u8, 138u8, 190u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.callerConfirmation,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeAttestation(uint256,uint32)` and selector `0x4051e505`.
```solidity
function revokeAttestation(uint256 componentId, uint32 version) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeAttestationCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
    }
    ///Container type for the return parameters of the [`revokeAttestation(uint256,uint32)`](revokeAttestationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeAttestationReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeAttestationCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: revokeAttestationCall) -> Self {
                    (value.componentId, value.version)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for revokeAttestationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        version: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeAttestationReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: revokeAttestationReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for revokeAttestationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeAttestationReturn {
            fn _tokenize(
                &self,
            ) -> <revokeAttestationCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeAttestationCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeAttestationReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeAttestation(uint256,uint32)";
            const SELECTOR: [u8; 4] = [64u8, 81u8, 229u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeAttestationReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeRole(bytes32,address)` and selector `0xd547741f`.
```solidity
function revokeRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`revokeRole(bytes32,address)`](revokeRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeRoleReturn {
            fn _tokenize(
                &self,
            ) -> <revokeRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [213u8, 71u8, 116u8, 31u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeRoleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setDeployment(uint256,uint32,uint256,address)` and selector `0xb0c4d3d9`.
```solidity
function setDeployment(uint256 componentId, uint32 version, uint256 chainId, address deployment) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setDeploymentCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deployment: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setDeployment(uint256,uint32,uint256,address)`](setDeploymentCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setDeploymentReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setDeploymentCall> for UnderlyingRustTuple<'_> {
                fn from(value: setDeploymentCall) -> Self {
                    (value.componentId, value.version, value.chainId, value.deployment)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setDeploymentCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        version: tuple.1,
                        chainId: tuple.2,
                        deployment: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setDeploymentReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setDeploymentReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setDeploymentReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setDeploymentReturn {
            fn _tokenize(
                &self,
            ) -> <setDeploymentCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setDeploymentCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setDeploymentReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setDeployment(uint256,uint32,uint256,address)";
            const SELECTOR: [u8; 4] = [176u8, 196u8, 211u8, 217u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.deployment,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setDeploymentReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setProtocolFee(uint16)` and selector `0xe4467f35`.
```solidity
function setProtocolFee(uint16 feeBps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProtocolFeeCall {
        #[allow(missing_docs)]
        pub feeBps: u16,
    }
    ///Container type for the return parameters of the [`setProtocolFee(uint16)`](setProtocolFeeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProtocolFeeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setProtocolFeeCall> for UnderlyingRustTuple<'_> {
                fn from(value: setProtocolFeeCall) -> Self {
                    (value.feeBps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setProtocolFeeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { feeBps: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setProtocolFeeReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setProtocolFeeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setProtocolFeeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setProtocolFeeReturn {
            fn _tokenize(
                &self,
            ) -> <setProtocolFeeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setProtocolFeeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setProtocolFeeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setProtocolFee(uint16)";
            const SELECTOR: [u8; 4] = [228u8, 70u8, 127u8, 53u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.feeBps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setProtocolFeeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setTreasury(address)` and selector `0xf0f44260`.
```solidity
function setTreasury(address treasury_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryCall {
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setTreasury(address)`](setTreasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setTreasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryCall) -> Self {
                    (value.treasury_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { treasury_: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setTreasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setTreasuryReturn {
            fn _tokenize(
                &self,
            ) -> <setTreasuryCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setTreasuryCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setTreasuryReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setTreasury(address)";
            const SELECTOR: [u8; 4] = [240u8, 244u8, 66u8, 96u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setTreasuryReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setUsage(uint256,uint32,uint8)` and selector `0x2c32bbdb`.
```solidity
function setUsage(uint256 componentId, uint32 version, uint8 requiredAttestations) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setUsageCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub requiredAttestations: u8,
    }
    ///Container type for the return parameters of the [`setUsage(uint256,uint32,uint8)`](setUsageCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setUsageReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
                u8,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setUsageCall> for UnderlyingRustTuple<'_> {
                fn from(value: setUsageCall) -> Self {
                    (value.componentId, value.version, value.requiredAttestations)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setUsageCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        version: tuple.1,
                        requiredAttestations: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setUsageReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setUsageReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setUsageReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setUsageReturn {
            fn _tokenize(
                &self,
            ) -> <setUsageCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setUsageCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setUsageReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setUsage(uint256,uint32,uint8)";
            const SELECTOR: [u8; 4] = [44u8, 50u8, 187u8, 219u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.requiredAttestations),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setUsageReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
```solidity
function supportsInterface(bytes4 interfaceId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { interfaceId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(&self.interfaceId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `sweepFees(uint256[])` and selector `0x70c72869`.
```solidity
function sweepFees(uint256[] memory componentIds) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct sweepFeesCall {
        #[allow(missing_docs)]
        pub componentIds: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`sweepFees(uint256[])`](sweepFeesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct sweepFeesReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<sweepFeesCall> for UnderlyingRustTuple<'_> {
                fn from(value: sweepFeesCall) -> Self {
                    (value.componentIds,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for sweepFeesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { componentIds: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<sweepFeesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: sweepFeesReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for sweepFeesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for sweepFeesCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "sweepFees(uint256[])";
            const SELECTOR: [u8; 4] = [112u8, 199u8, 40u8, 105u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentIds),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: sweepFeesReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: sweepFeesReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `treasury()` and selector `0x61d027b3`.
```solidity
function treasury() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`treasury()`](treasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<treasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<treasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for treasuryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "treasury()";
            const SELECTOR: [u8; 4] = [97u8, 208u8, 39u8, 179u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: treasuryReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: treasuryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawCredits(uint256,uint256,address)` and selector `0x92f2f7a0`.
```solidity
function withdrawCredits(uint256 componentId, uint256 amount, address to) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawCreditsCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`withdrawCredits(uint256,uint256,address)`](withdrawCreditsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawCreditsReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawCreditsCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawCreditsCall) -> Self {
                    (value.componentId, value.amount, value.to)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawCreditsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        amount: tuple.1,
                        to: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawCreditsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawCreditsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawCreditsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawCreditsReturn {
            fn _tokenize(
                &self,
            ) -> <withdrawCreditsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawCreditsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawCreditsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawCredits(uint256,uint256,address)";
            const SELECTOR: [u8; 4] = [146u8, 242u8, 247u8, 160u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                withdrawCreditsReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawEarnings(uint256,address)` and selector `0x0eeffb32`.
```solidity
function withdrawEarnings(uint256 componentId, address to) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawEarningsCall {
        #[allow(missing_docs)]
        pub componentId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`withdrawEarnings(uint256,address)`](withdrawEarningsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawEarningsReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawEarningsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawEarningsCall) -> Self {
                    (value.componentId, value.to)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawEarningsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        componentId: tuple.0,
                        to: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawEarningsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawEarningsReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawEarningsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawEarningsCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawEarnings(uint256,address)";
            const SELECTOR: [u8; 4] = [14u8, 239u8, 251u8, 50u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.componentId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.to,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: withdrawEarningsReturn = r.into();
                        r.amount
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: withdrawEarningsReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    ///Container for all the [`ComponentMarket`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum ComponentMarketCalls {
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        MAX_ATTESTERS(MAX_ATTESTERSCall),
        #[allow(missing_docs)]
        approveAttester(approveAttesterCall),
        #[allow(missing_docs)]
        attest(attestCall),
        #[allow(missing_docs)]
        attestationCount(attestationCountCall),
        #[allow(missing_docs)]
        attesterSlotsIssued(attesterSlotsIssuedCall),
        #[allow(missing_docs)]
        charge(chargeCall),
        #[allow(missing_docs)]
        componentCount(componentCountCall),
        #[allow(missing_docs)]
        deploymentCodeHash(deploymentCodeHashCall),
        #[allow(missing_docs)]
        deploymentOf(deploymentOfCall),
        #[allow(missing_docs)]
        depositCredits(depositCreditsCall),
        #[allow(missing_docs)]
        era(eraCall),
        #[allow(missing_docs)]
        getComponent(getComponentCall),
        #[allow(missing_docs)]
        getLedger(getLedgerCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        getUsage(getUsageCall),
        #[allow(missing_docs)]
        getVersion(getVersionCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        hasAttested(hasAttestedCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        isApprovedAttester(isApprovedAttesterCall),
        #[allow(missing_docs)]
        protocolFeeBps(protocolFeeBpsCall),
        #[allow(missing_docs)]
        publishVersion(publishVersionCall),
        #[allow(missing_docs)]
        registerComponent(registerComponentCall),
        #[allow(missing_docs)]
        removeAttester(removeAttesterCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeAttestation(revokeAttestationCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        setDeployment(setDeploymentCall),
        #[allow(missing_docs)]
        setProtocolFee(setProtocolFeeCall),
        #[allow(missing_docs)]
        setTreasury(setTreasuryCall),
        #[allow(missing_docs)]
        setUsage(setUsageCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        sweepFees(sweepFeesCall),
        #[allow(missing_docs)]
        treasury(treasuryCall),
        #[allow(missing_docs)]
        withdrawCredits(withdrawCreditsCall),
        #[allow(missing_docs)]
        withdrawEarnings(withdrawEarningsCall),
    }
    impl ComponentMarketCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [14u8, 239u8, 251u8, 50u8],
            [20u8, 62u8, 85u8, 224u8],
            [22u8, 35u8, 175u8, 251u8],
            [31u8, 226u8, 110u8, 157u8],
            [35u8, 199u8, 73u8, 251u8],
            [36u8, 138u8, 156u8, 163u8],
            [36u8, 148u8, 124u8, 56u8],
            [44u8, 50u8, 187u8, 219u8],
            [47u8, 47u8, 241u8, 93u8],
            [53u8, 101u8, 159u8, 184u8],
            [54u8, 86u8, 138u8, 190u8],
            [64u8, 81u8, 229u8, 5u8],
            [68u8, 32u8, 45u8, 110u8],
            [79u8, 39u8, 218u8, 24u8],
            [94u8, 124u8, 245u8, 171u8],
            [97u8, 208u8, 39u8, 179u8],
            [103u8, 85u8, 37u8, 118u8],
            [112u8, 199u8, 40u8, 105u8],
            [119u8, 147u8, 92u8, 163u8],
            [121u8, 195u8, 139u8, 155u8],
            [128u8, 238u8, 88u8, 74u8],
            [129u8, 89u8, 144u8, 115u8],
            [145u8, 209u8, 72u8, 84u8],
            [146u8, 242u8, 247u8, 160u8],
            [162u8, 23u8, 253u8, 223u8],
            [176u8, 196u8, 211u8, 217u8],
            [179u8, 71u8, 208u8, 217u8],
            [186u8, 29u8, 196u8, 7u8],
            [188u8, 179u8, 229u8, 194u8],
            [204u8, 120u8, 254u8, 241u8],
            [213u8, 71u8, 116u8, 31u8],
            [213u8, 186u8, 100u8, 76u8],
            [218u8, 119u8, 23u8, 51u8],
            [228u8, 70u8, 127u8, 53u8],
            [240u8, 244u8, 66u8, 96u8],
            [246u8, 98u8, 43u8, 30u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(withdrawEarnings),
            ::core::stringify!(era),
            ::core::stringify!(attesterSlotsIssued),
            ::core::stringify!(componentCount),
            ::core::stringify!(deploymentOf),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(depositCredits),
            ::core::stringify!(setUsage),
            ::core::stringify!(grantRole),
            ::core::stringify!(protocolFeeBps),
            ::core::stringify!(renounceRole),
            ::core::stringify!(revokeAttestation),
            ::core::stringify!(getUsage),
            ::core::stringify!(getComponent),
            ::core::stringify!(approveAttester),
            ::core::stringify!(treasury),
            ::core::stringify!(publishVersion),
            ::core::stringify!(sweepFees),
            ::core::stringify!(getLedger),
            ::core::stringify!(attest),
            ::core::stringify!(charge),
            ::core::stringify!(attestationCount),
            ::core::stringify!(hasRole),
            ::core::stringify!(withdrawCredits),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(setDeployment),
            ::core::stringify!(getVersion),
            ::core::stringify!(registerComponent),
            ::core::stringify!(isApprovedAttester),
            ::core::stringify!(removeAttester),
            ::core::stringify!(revokeRole),
            ::core::stringify!(deploymentCodeHash),
            ::core::stringify!(MAX_ATTESTERS),
            ::core::stringify!(setProtocolFee),
            ::core::stringify!(setTreasury),
            ::core::stringify!(hasAttested),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawEarningsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eraCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attesterSlotsIssuedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <componentCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <deploymentOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <depositCreditsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setUsageCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <protocolFeeBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeAttestationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getUsageCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getComponentCall as alloy_sol_types::SolCall>::SIGNATURE,
            <approveAttesterCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <publishVersionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <sweepFeesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getLedgerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <chargeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attestationCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawCreditsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <setDeploymentCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getVersionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registerComponentCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isApprovedAttesterCall as alloy_sol_types::SolCall>::SIGNATURE,
            <removeAttesterCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <deploymentCodeHashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_ATTESTERSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setProtocolFeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setTreasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasAttestedCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for ComponentMarketCalls {
        const NAME: &'static str = "ComponentMarketCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 37usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_ATTESTERS(_) => {
                    <MAX_ATTESTERSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::approveAttester(_) => {
                    <approveAttesterCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::attest(_) => <attestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::attestationCount(_) => {
                    <attestationCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::attesterSlotsIssued(_) => {
                    <attesterSlotsIssuedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::charge(_) => <chargeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::componentCount(_) => {
                    <componentCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::deploymentCodeHash(_) => {
                    <deploymentCodeHashCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::deploymentOf(_) => {
                    <deploymentOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::depositCredits(_) => {
                    <depositCreditsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::era(_) => <eraCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getComponent(_) => {
                    <getComponentCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getLedger(_) => {
                    <getLedgerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getUsage(_) => <getUsageCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getVersion(_) => {
                    <getVersionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::grantRole(_) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasAttested(_) => {
                    <hasAttestedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isApprovedAttester(_) => {
                    <isApprovedAttesterCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::protocolFeeBps(_) => {
                    <protocolFeeBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::publishVersion(_) => {
                    <publishVersionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::registerComponent(_) => {
                    <registerComponentCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::removeAttester(_) => {
                    <removeAttesterCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeAttestation(_) => {
                    <revokeAttestationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setDeployment(_) => {
                    <setDeploymentCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setProtocolFee(_) => {
                    <setProtocolFeeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setTreasury(_) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setUsage(_) => <setUsageCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::sweepFees(_) => {
                    <sweepFeesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::treasury(_) => <treasuryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdrawCredits(_) => {
                    <withdrawCreditsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::withdrawEarnings(_) => {
                    <withdrawEarningsCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<ComponentMarketCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn withdrawEarnings(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <withdrawEarningsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::withdrawEarnings)
                    }
                    withdrawEarnings
                },
                {
                    fn era(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <eraCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ComponentMarketCalls::era)
                    }
                    era
                },
                {
                    fn attesterSlotsIssued(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <attesterSlotsIssuedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::attesterSlotsIssued)
                    }
                    attesterSlotsIssued
                },
                {
                    fn componentCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <componentCountCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::componentCount)
                    }
                    componentCount
                },
                {
                    fn deploymentOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <deploymentOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::deploymentOf)
                    }
                    deploymentOf
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn depositCredits(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <depositCreditsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::depositCredits)
                    }
                    depositCredits
                },
                {
                    fn setUsage(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <setUsageCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ComponentMarketCalls::setUsage)
                    }
                    setUsage
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ComponentMarketCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn protocolFeeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <protocolFeeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::protocolFeeBps)
                    }
                    protocolFeeBps
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn revokeAttestation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <revokeAttestationCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::revokeAttestation)
                    }
                    revokeAttestation
                },
                {
                    fn getUsage(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <getUsageCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ComponentMarketCalls::getUsage)
                    }
                    getUsage
                },
                {
                    fn getComponent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <getComponentCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::getComponent)
                    }
                    getComponent
                },
                {
                    fn approveAttester(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <approveAttesterCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::approveAttester)
                    }
                    approveAttester
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ComponentMarketCalls::treasury)
                    }
                    treasury
                },
                {
                    fn publishVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <publishVersionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::publishVersion)
                    }
                    publishVersion
                },
                {
                    fn sweepFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <sweepFeesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ComponentMarketCalls::sweepFees)
                    }
                    sweepFees
                },
                {
                    fn getLedger(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <getLedgerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ComponentMarketCalls::getLedger)
                    }
                    getLedger
                },
                {
                    fn attest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <attestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ComponentMarketCalls::attest)
                    }
                    attest
                },
                {
                    fn charge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <chargeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ComponentMarketCalls::charge)
                    }
                    charge
                },
                {
                    fn attestationCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <attestationCountCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::attestationCount)
                    }
                    attestationCount
                },
                {
                    fn hasRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ComponentMarketCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn withdrawCredits(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <withdrawCreditsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::withdrawCredits)
                    }
                    withdrawCredits
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn setDeployment(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <setDeploymentCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::setDeployment)
                    }
                    setDeployment
                },
                {
                    fn getVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <getVersionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::getVersion)
                    }
                    getVersion
                },
                {
                    fn registerComponent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <registerComponentCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::registerComponent)
                    }
                    registerComponent
                },
                {
                    fn isApprovedAttester(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <isApprovedAttesterCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::isApprovedAttester)
                    }
                    isApprovedAttester
                },
                {
                    fn removeAttester(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <removeAttesterCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::removeAttester)
                    }
                    removeAttester
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn deploymentCodeHash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <deploymentCodeHashCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::deploymentCodeHash)
                    }
                    deploymentCodeHash
                },
                {
                    fn MAX_ATTESTERS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <MAX_ATTESTERSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::MAX_ATTESTERS)
                    }
                    MAX_ATTESTERS
                },
                {
                    fn setProtocolFee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <setProtocolFeeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::setProtocolFee)
                    }
                    setProtocolFee
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn hasAttested(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <hasAttestedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketCalls::hasAttested)
                    }
                    hasAttested
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<ComponentMarketCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn withdrawEarnings(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <withdrawEarningsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::withdrawEarnings)
                    }
                    withdrawEarnings
                },
                {
                    fn era(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <eraCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::era)
                    }
                    era
                },
                {
                    fn attesterSlotsIssued(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <attesterSlotsIssuedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::attesterSlotsIssued)
                    }
                    attesterSlotsIssued
                },
                {
                    fn componentCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <componentCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::componentCount)
                    }
                    componentCount
                },
                {
                    fn deploymentOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <deploymentOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::deploymentOf)
                    }
                    deploymentOf
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn depositCredits(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <depositCreditsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::depositCredits)
                    }
                    depositCredits
                },
                {
                    fn setUsage(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <setUsageCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::setUsage)
                    }
                    setUsage
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn protocolFeeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <protocolFeeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::protocolFeeBps)
                    }
                    protocolFeeBps
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn revokeAttestation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <revokeAttestationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::revokeAttestation)
                    }
                    revokeAttestation
                },
                {
                    fn getUsage(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <getUsageCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::getUsage)
                    }
                    getUsage
                },
                {
                    fn getComponent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <getComponentCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::getComponent)
                    }
                    getComponent
                },
                {
                    fn approveAttester(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <approveAttesterCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::approveAttester)
                    }
                    approveAttester
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::treasury)
                    }
                    treasury
                },
                {
                    fn publishVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <publishVersionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::publishVersion)
                    }
                    publishVersion
                },
                {
                    fn sweepFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <sweepFeesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::sweepFees)
                    }
                    sweepFees
                },
                {
                    fn getLedger(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <getLedgerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::getLedger)
                    }
                    getLedger
                },
                {
                    fn attest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <attestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::attest)
                    }
                    attest
                },
                {
                    fn charge(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <chargeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::charge)
                    }
                    charge
                },
                {
                    fn attestationCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <attestationCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::attestationCount)
                    }
                    attestationCount
                },
                {
                    fn hasRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn withdrawCredits(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <withdrawCreditsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::withdrawCredits)
                    }
                    withdrawCredits
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn setDeployment(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <setDeploymentCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::setDeployment)
                    }
                    setDeployment
                },
                {
                    fn getVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <getVersionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::getVersion)
                    }
                    getVersion
                },
                {
                    fn registerComponent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <registerComponentCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::registerComponent)
                    }
                    registerComponent
                },
                {
                    fn isApprovedAttester(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <isApprovedAttesterCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::isApprovedAttester)
                    }
                    isApprovedAttester
                },
                {
                    fn removeAttester(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <removeAttesterCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::removeAttester)
                    }
                    removeAttester
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn deploymentCodeHash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <deploymentCodeHashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::deploymentCodeHash)
                    }
                    deploymentCodeHash
                },
                {
                    fn MAX_ATTESTERS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <MAX_ATTESTERSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::MAX_ATTESTERS)
                    }
                    MAX_ATTESTERS
                },
                {
                    fn setProtocolFee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <setProtocolFeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::setProtocolFee)
                    }
                    setProtocolFee
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn hasAttested(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketCalls> {
                        <hasAttestedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketCalls::hasAttested)
                    }
                    hasAttested
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_ATTESTERS(inner) => {
                    <MAX_ATTESTERSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::approveAttester(inner) => {
                    <approveAttesterCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::attest(inner) => {
                    <attestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::attestationCount(inner) => {
                    <attestationCountCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::attesterSlotsIssued(inner) => {
                    <attesterSlotsIssuedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::charge(inner) => {
                    <chargeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::componentCount(inner) => {
                    <componentCountCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::deploymentCodeHash(inner) => {
                    <deploymentCodeHashCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::deploymentOf(inner) => {
                    <deploymentOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::depositCredits(inner) => {
                    <depositCreditsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::era(inner) => {
                    <eraCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getComponent(inner) => {
                    <getComponentCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getLedger(inner) => {
                    <getLedgerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getUsage(inner) => {
                    <getUsageCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getVersion(inner) => {
                    <getVersionCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasAttested(inner) => {
                    <hasAttestedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isApprovedAttester(inner) => {
                    <isApprovedAttesterCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::protocolFeeBps(inner) => {
                    <protocolFeeBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::publishVersion(inner) => {
                    <publishVersionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::registerComponent(inner) => {
                    <registerComponentCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::removeAttester(inner) => {
                    <removeAttesterCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeAttestation(inner) => {
                    <revokeAttestationCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setDeployment(inner) => {
                    <setDeploymentCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setProtocolFee(inner) => {
                    <setProtocolFeeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setUsage(inner) => {
                    <setUsageCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::sweepFees(inner) => {
                    <sweepFeesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::withdrawCredits(inner) => {
                    <withdrawCreditsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::withdrawEarnings(inner) => {
                    <withdrawEarningsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_ATTESTERS(inner) => {
                    <MAX_ATTESTERSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::approveAttester(inner) => {
                    <approveAttesterCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::attest(inner) => {
                    <attestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::attestationCount(inner) => {
                    <attestationCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::attesterSlotsIssued(inner) => {
                    <attesterSlotsIssuedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::charge(inner) => {
                    <chargeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::componentCount(inner) => {
                    <componentCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::deploymentCodeHash(inner) => {
                    <deploymentCodeHashCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::deploymentOf(inner) => {
                    <deploymentOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::depositCredits(inner) => {
                    <depositCreditsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::era(inner) => {
                    <eraCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getComponent(inner) => {
                    <getComponentCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getLedger(inner) => {
                    <getLedgerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getUsage(inner) => {
                    <getUsageCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getVersion(inner) => {
                    <getVersionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasAttested(inner) => {
                    <hasAttestedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isApprovedAttester(inner) => {
                    <isApprovedAttesterCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::protocolFeeBps(inner) => {
                    <protocolFeeBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::publishVersion(inner) => {
                    <publishVersionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::registerComponent(inner) => {
                    <registerComponentCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::removeAttester(inner) => {
                    <removeAttesterCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::revokeAttestation(inner) => {
                    <revokeAttestationCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setDeployment(inner) => {
                    <setDeploymentCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setProtocolFee(inner) => {
                    <setProtocolFeeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setUsage(inner) => {
                    <setUsageCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::sweepFees(inner) => {
                    <sweepFeesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdrawCredits(inner) => {
                    <withdrawCreditsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdrawEarnings(inner) => {
                    <withdrawEarningsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`ComponentMarket`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum ComponentMarketErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        ComponentMarketAlreadyAttested(ComponentMarketAlreadyAttested),
        #[allow(missing_docs)]
        ComponentMarketAttesterAlreadyApproved(ComponentMarketAttesterAlreadyApproved),
        #[allow(missing_docs)]
        ComponentMarketAttesterLimitReached(ComponentMarketAttesterLimitReached),
        #[allow(missing_docs)]
        ComponentMarketDeploymentAlreadySet(ComponentMarketDeploymentAlreadySet),
        #[allow(missing_docs)]
        ComponentMarketDeploymentCodeChanged(ComponentMarketDeploymentCodeChanged),
        #[allow(missing_docs)]
        ComponentMarketFeeTooHigh(ComponentMarketFeeTooHigh),
        #[allow(missing_docs)]
        ComponentMarketInsufficientCredits(ComponentMarketInsufficientCredits),
        #[allow(missing_docs)]
        ComponentMarketNoDeployment(ComponentMarketNoDeployment),
        #[allow(missing_docs)]
        ComponentMarketNoEarnings(ComponentMarketNoEarnings),
        #[allow(missing_docs)]
        ComponentMarketNoFees(ComponentMarketNoFees),
        #[allow(missing_docs)]
        ComponentMarketNotApprovedAttester(ComponentMarketNotApprovedAttester),
        #[allow(missing_docs)]
        ComponentMarketNotAttested(ComponentMarketNotAttested),
        #[allow(missing_docs)]
        ComponentMarketNotAuthor(ComponentMarketNotAuthor),
        #[allow(missing_docs)]
        ComponentMarketNotDeployment(ComponentMarketNotDeployment),
        #[allow(missing_docs)]
        ComponentMarketThresholdNotMet(ComponentMarketThresholdNotMet),
        #[allow(missing_docs)]
        ComponentMarketThresholdTooHigh(ComponentMarketThresholdTooHigh),
        #[allow(missing_docs)]
        ComponentMarketUnknownComponent(ComponentMarketUnknownComponent),
        #[allow(missing_docs)]
        ComponentMarketUnknownVersion(ComponentMarketUnknownVersion),
        #[allow(missing_docs)]
        ComponentMarketZeroAddress(ComponentMarketZeroAddress),
        #[allow(missing_docs)]
        ComponentMarketZeroAmount(ComponentMarketZeroAmount),
        #[allow(missing_docs)]
        ComponentMarketZeroChainId(ComponentMarketZeroChainId),
        #[allow(missing_docs)]
        ComponentMarketZeroUses(ComponentMarketZeroUses),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
    }
    impl ComponentMarketErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [0u8, 75u8, 164u8, 218u8],
            [10u8, 198u8, 236u8, 49u8],
            [11u8, 115u8, 151u8, 57u8],
            [13u8, 154u8, 1u8, 62u8],
            [14u8, 1u8, 11u8, 67u8],
            [60u8, 103u8, 77u8, 187u8],
            [76u8, 44u8, 1u8, 221u8],
            [82u8, 116u8, 175u8, 231u8],
            [98u8, 46u8, 52u8, 0u8],
            [101u8, 109u8, 9u8, 121u8],
            [102u8, 151u8, 178u8, 50u8],
            [109u8, 184u8, 108u8, 179u8],
            [109u8, 252u8, 198u8, 80u8],
            [119u8, 11u8, 185u8, 133u8],
            [127u8, 227u8, 71u8, 1u8],
            [129u8, 245u8, 36u8, 165u8],
            [164u8, 157u8, 137u8, 162u8],
            [165u8, 154u8, 136u8, 165u8],
            [166u8, 235u8, 35u8, 46u8],
            [169u8, 119u8, 187u8, 250u8],
            [182u8, 44u8, 213u8, 73u8],
            [209u8, 133u8, 132u8, 182u8],
            [219u8, 226u8, 204u8, 123u8],
            [226u8, 81u8, 125u8, 63u8],
            [245u8, 121u8, 136u8, 23u8],
            [252u8, 8u8, 242u8, 178u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ComponentMarketThresholdTooHigh),
            ::core::stringify!(ComponentMarketZeroUses),
            ::core::stringify!(ComponentMarketAttesterLimitReached),
            ::core::stringify!(ComponentMarketNoFees),
            ::core::stringify!(ComponentMarketUnknownVersion),
            ::core::stringify!(ComponentMarketInsufficientCredits),
            ::core::stringify!(ComponentMarketFeeTooHigh),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(ComponentMarketNotAttested),
            ::core::stringify!(ComponentMarketNoDeployment),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(ComponentMarketNoEarnings),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(ComponentMarketAlreadyAttested),
            ::core::stringify!(ComponentMarketDeploymentAlreadySet),
            ::core::stringify!(ComponentMarketNotApprovedAttester),
            ::core::stringify!(ComponentMarketZeroAmount),
            ::core::stringify!(ComponentMarketThresholdNotMet),
            ::core::stringify!(ComponentMarketUnknownComponent),
            ::core::stringify!(ComponentMarketDeploymentCodeChanged),
            ::core::stringify!(ComponentMarketAttesterAlreadyApproved),
            ::core::stringify!(ComponentMarketZeroAddress),
            ::core::stringify!(ComponentMarketNotAuthor),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(ComponentMarketNotDeployment),
            ::core::stringify!(ComponentMarketZeroChainId),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ComponentMarketThresholdTooHigh as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketZeroUses as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketAttesterLimitReached as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketNoFees as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketUnknownVersion as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketInsufficientCredits as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketFeeTooHigh as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketNotAttested as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketNoDeployment as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketNoEarnings as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketAlreadyAttested as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketDeploymentAlreadySet as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketNotApprovedAttester as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketZeroAmount as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketThresholdNotMet as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketUnknownComponent as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketDeploymentCodeChanged as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketAttesterAlreadyApproved as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketNotAuthor as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketNotDeployment as alloy_sol_types::SolError>::SIGNATURE,
            <ComponentMarketZeroChainId as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for ComponentMarketErrors {
        const NAME: &'static str = "ComponentMarketErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 26usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketAlreadyAttested(_) => {
                    <ComponentMarketAlreadyAttested as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketAttesterAlreadyApproved(_) => {
                    <ComponentMarketAttesterAlreadyApproved as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketAttesterLimitReached(_) => {
                    <ComponentMarketAttesterLimitReached as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketDeploymentAlreadySet(_) => {
                    <ComponentMarketDeploymentAlreadySet as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketDeploymentCodeChanged(_) => {
                    <ComponentMarketDeploymentCodeChanged as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketFeeTooHigh(_) => {
                    <ComponentMarketFeeTooHigh as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketInsufficientCredits(_) => {
                    <ComponentMarketInsufficientCredits as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketNoDeployment(_) => {
                    <ComponentMarketNoDeployment as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketNoEarnings(_) => {
                    <ComponentMarketNoEarnings as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketNoFees(_) => {
                    <ComponentMarketNoFees as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketNotApprovedAttester(_) => {
                    <ComponentMarketNotApprovedAttester as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketNotAttested(_) => {
                    <ComponentMarketNotAttested as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketNotAuthor(_) => {
                    <ComponentMarketNotAuthor as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketNotDeployment(_) => {
                    <ComponentMarketNotDeployment as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketThresholdNotMet(_) => {
                    <ComponentMarketThresholdNotMet as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketThresholdTooHigh(_) => {
                    <ComponentMarketThresholdTooHigh as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketUnknownComponent(_) => {
                    <ComponentMarketUnknownComponent as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketUnknownVersion(_) => {
                    <ComponentMarketUnknownVersion as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketZeroAddress(_) => {
                    <ComponentMarketZeroAddress as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketZeroAmount(_) => {
                    <ComponentMarketZeroAmount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketZeroChainId(_) => {
                    <ComponentMarketZeroChainId as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ComponentMarketZeroUses(_) => {
                    <ComponentMarketZeroUses as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<ComponentMarketErrors>] = &[
                {
                    fn ComponentMarketThresholdTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketThresholdTooHigh as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketThresholdTooHigh)
                    }
                    ComponentMarketThresholdTooHigh
                },
                {
                    fn ComponentMarketZeroUses(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketZeroUses as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketZeroUses)
                    }
                    ComponentMarketZeroUses
                },
                {
                    fn ComponentMarketAttesterLimitReached(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketAttesterLimitReached as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketAttesterLimitReached,
                            )
                    }
                    ComponentMarketAttesterLimitReached
                },
                {
                    fn ComponentMarketNoFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNoFees as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNoFees)
                    }
                    ComponentMarketNoFees
                },
                {
                    fn ComponentMarketUnknownVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketUnknownVersion as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketUnknownVersion)
                    }
                    ComponentMarketUnknownVersion
                },
                {
                    fn ComponentMarketInsufficientCredits(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketInsufficientCredits as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketInsufficientCredits,
                            )
                    }
                    ComponentMarketInsufficientCredits
                },
                {
                    fn ComponentMarketFeeTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketFeeTooHigh as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketFeeTooHigh)
                    }
                    ComponentMarketFeeTooHigh
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn ComponentMarketNotAttested(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNotAttested as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNotAttested)
                    }
                    ComponentMarketNotAttested
                },
                {
                    fn ComponentMarketNoDeployment(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNoDeployment as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNoDeployment)
                    }
                    ComponentMarketNoDeployment
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn ComponentMarketNoEarnings(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNoEarnings as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNoEarnings)
                    }
                    ComponentMarketNoEarnings
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn ComponentMarketAlreadyAttested(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketAlreadyAttested as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketAlreadyAttested)
                    }
                    ComponentMarketAlreadyAttested
                },
                {
                    fn ComponentMarketDeploymentAlreadySet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketDeploymentAlreadySet as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketDeploymentAlreadySet,
                            )
                    }
                    ComponentMarketDeploymentAlreadySet
                },
                {
                    fn ComponentMarketNotApprovedAttester(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNotApprovedAttester as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketNotApprovedAttester,
                            )
                    }
                    ComponentMarketNotApprovedAttester
                },
                {
                    fn ComponentMarketZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketZeroAmount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketZeroAmount)
                    }
                    ComponentMarketZeroAmount
                },
                {
                    fn ComponentMarketThresholdNotMet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketThresholdNotMet as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketThresholdNotMet)
                    }
                    ComponentMarketThresholdNotMet
                },
                {
                    fn ComponentMarketUnknownComponent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketUnknownComponent as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketUnknownComponent)
                    }
                    ComponentMarketUnknownComponent
                },
                {
                    fn ComponentMarketDeploymentCodeChanged(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketDeploymentCodeChanged as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketDeploymentCodeChanged,
                            )
                    }
                    ComponentMarketDeploymentCodeChanged
                },
                {
                    fn ComponentMarketAttesterAlreadyApproved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketAttesterAlreadyApproved as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketAttesterAlreadyApproved,
                            )
                    }
                    ComponentMarketAttesterAlreadyApproved
                },
                {
                    fn ComponentMarketZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketZeroAddress)
                    }
                    ComponentMarketZeroAddress
                },
                {
                    fn ComponentMarketNotAuthor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNotAuthor as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNotAuthor)
                    }
                    ComponentMarketNotAuthor
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn ComponentMarketNotDeployment(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNotDeployment as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNotDeployment)
                    }
                    ComponentMarketNotDeployment
                },
                {
                    fn ComponentMarketZeroChainId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketZeroChainId as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketZeroChainId)
                    }
                    ComponentMarketZeroChainId
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<ComponentMarketErrors>] = &[
                {
                    fn ComponentMarketThresholdTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketThresholdTooHigh as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketThresholdTooHigh)
                    }
                    ComponentMarketThresholdTooHigh
                },
                {
                    fn ComponentMarketZeroUses(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketZeroUses as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketZeroUses)
                    }
                    ComponentMarketZeroUses
                },
                {
                    fn ComponentMarketAttesterLimitReached(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketAttesterLimitReached as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketAttesterLimitReached,
                            )
                    }
                    ComponentMarketAttesterLimitReached
                },
                {
                    fn ComponentMarketNoFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNoFees as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNoFees)
                    }
                    ComponentMarketNoFees
                },
                {
                    fn ComponentMarketUnknownVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketUnknownVersion as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketUnknownVersion)
                    }
                    ComponentMarketUnknownVersion
                },
                {
                    fn ComponentMarketInsufficientCredits(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketInsufficientCredits as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketInsufficientCredits,
                            )
                    }
                    ComponentMarketInsufficientCredits
                },
                {
                    fn ComponentMarketFeeTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketFeeTooHigh as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketFeeTooHigh)
                    }
                    ComponentMarketFeeTooHigh
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn ComponentMarketNotAttested(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNotAttested as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNotAttested)
                    }
                    ComponentMarketNotAttested
                },
                {
                    fn ComponentMarketNoDeployment(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNoDeployment as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNoDeployment)
                    }
                    ComponentMarketNoDeployment
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn ComponentMarketNoEarnings(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNoEarnings as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNoEarnings)
                    }
                    ComponentMarketNoEarnings
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn ComponentMarketAlreadyAttested(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketAlreadyAttested as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketAlreadyAttested)
                    }
                    ComponentMarketAlreadyAttested
                },
                {
                    fn ComponentMarketDeploymentAlreadySet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketDeploymentAlreadySet as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketDeploymentAlreadySet,
                            )
                    }
                    ComponentMarketDeploymentAlreadySet
                },
                {
                    fn ComponentMarketNotApprovedAttester(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNotApprovedAttester as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketNotApprovedAttester,
                            )
                    }
                    ComponentMarketNotApprovedAttester
                },
                {
                    fn ComponentMarketZeroAmount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketZeroAmount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketZeroAmount)
                    }
                    ComponentMarketZeroAmount
                },
                {
                    fn ComponentMarketThresholdNotMet(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketThresholdNotMet as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketThresholdNotMet)
                    }
                    ComponentMarketThresholdNotMet
                },
                {
                    fn ComponentMarketUnknownComponent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketUnknownComponent as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketUnknownComponent)
                    }
                    ComponentMarketUnknownComponent
                },
                {
                    fn ComponentMarketDeploymentCodeChanged(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketDeploymentCodeChanged as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketDeploymentCodeChanged,
                            )
                    }
                    ComponentMarketDeploymentCodeChanged
                },
                {
                    fn ComponentMarketAttesterAlreadyApproved(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketAttesterAlreadyApproved as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ComponentMarketErrors::ComponentMarketAttesterAlreadyApproved,
                            )
                    }
                    ComponentMarketAttesterAlreadyApproved
                },
                {
                    fn ComponentMarketZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketZeroAddress)
                    }
                    ComponentMarketZeroAddress
                },
                {
                    fn ComponentMarketNotAuthor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNotAuthor as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNotAuthor)
                    }
                    ComponentMarketNotAuthor
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn ComponentMarketNotDeployment(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketNotDeployment as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketNotDeployment)
                    }
                    ComponentMarketNotDeployment
                },
                {
                    fn ComponentMarketZeroChainId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ComponentMarketErrors> {
                        <ComponentMarketZeroChainId as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ComponentMarketErrors::ComponentMarketZeroChainId)
                    }
                    ComponentMarketZeroChainId
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketAlreadyAttested(inner) => {
                    <ComponentMarketAlreadyAttested as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketAttesterAlreadyApproved(inner) => {
                    <ComponentMarketAttesterAlreadyApproved as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketAttesterLimitReached(inner) => {
                    <ComponentMarketAttesterLimitReached as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketDeploymentAlreadySet(inner) => {
                    <ComponentMarketDeploymentAlreadySet as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketDeploymentCodeChanged(inner) => {
                    <ComponentMarketDeploymentCodeChanged as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketFeeTooHigh(inner) => {
                    <ComponentMarketFeeTooHigh as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketInsufficientCredits(inner) => {
                    <ComponentMarketInsufficientCredits as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketNoDeployment(inner) => {
                    <ComponentMarketNoDeployment as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketNoEarnings(inner) => {
                    <ComponentMarketNoEarnings as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketNoFees(inner) => {
                    <ComponentMarketNoFees as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketNotApprovedAttester(inner) => {
                    <ComponentMarketNotApprovedAttester as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketNotAttested(inner) => {
                    <ComponentMarketNotAttested as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketNotAuthor(inner) => {
                    <ComponentMarketNotAuthor as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketNotDeployment(inner) => {
                    <ComponentMarketNotDeployment as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketThresholdNotMet(inner) => {
                    <ComponentMarketThresholdNotMet as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketThresholdTooHigh(inner) => {
                    <ComponentMarketThresholdTooHigh as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketUnknownComponent(inner) => {
                    <ComponentMarketUnknownComponent as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketUnknownVersion(inner) => {
                    <ComponentMarketUnknownVersion as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketZeroAddress(inner) => {
                    <ComponentMarketZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketZeroAmount(inner) => {
                    <ComponentMarketZeroAmount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketZeroChainId(inner) => {
                    <ComponentMarketZeroChainId as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ComponentMarketZeroUses(inner) => {
                    <ComponentMarketZeroUses as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketAlreadyAttested(inner) => {
                    <ComponentMarketAlreadyAttested as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketAttesterAlreadyApproved(inner) => {
                    <ComponentMarketAttesterAlreadyApproved as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketAttesterLimitReached(inner) => {
                    <ComponentMarketAttesterLimitReached as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketDeploymentAlreadySet(inner) => {
                    <ComponentMarketDeploymentAlreadySet as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketDeploymentCodeChanged(inner) => {
                    <ComponentMarketDeploymentCodeChanged as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketFeeTooHigh(inner) => {
                    <ComponentMarketFeeTooHigh as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketInsufficientCredits(inner) => {
                    <ComponentMarketInsufficientCredits as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketNoDeployment(inner) => {
                    <ComponentMarketNoDeployment as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketNoEarnings(inner) => {
                    <ComponentMarketNoEarnings as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketNoFees(inner) => {
                    <ComponentMarketNoFees as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketNotApprovedAttester(inner) => {
                    <ComponentMarketNotApprovedAttester as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketNotAttested(inner) => {
                    <ComponentMarketNotAttested as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketNotAuthor(inner) => {
                    <ComponentMarketNotAuthor as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketNotDeployment(inner) => {
                    <ComponentMarketNotDeployment as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketThresholdNotMet(inner) => {
                    <ComponentMarketThresholdNotMet as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketThresholdTooHigh(inner) => {
                    <ComponentMarketThresholdTooHigh as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketUnknownComponent(inner) => {
                    <ComponentMarketUnknownComponent as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketUnknownVersion(inner) => {
                    <ComponentMarketUnknownVersion as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketZeroAddress(inner) => {
                    <ComponentMarketZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketZeroAmount(inner) => {
                    <ComponentMarketZeroAmount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketZeroChainId(inner) => {
                    <ComponentMarketZeroChainId as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ComponentMarketZeroUses(inner) => {
                    <ComponentMarketZeroUses as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`ComponentMarket`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum ComponentMarketEvents {
        #[allow(missing_docs)]
        AttestationRevoked(AttestationRevoked),
        #[allow(missing_docs)]
        Attested(Attested),
        #[allow(missing_docs)]
        AttesterApproved(AttesterApproved),
        #[allow(missing_docs)]
        AttesterRemoved(AttesterRemoved),
        #[allow(missing_docs)]
        Charged(Charged),
        #[allow(missing_docs)]
        ComponentRegistered(ComponentRegistered),
        #[allow(missing_docs)]
        CreditsDeposited(CreditsDeposited),
        #[allow(missing_docs)]
        CreditsWithdrawn(CreditsWithdrawn),
        #[allow(missing_docs)]
        DeploymentSet(DeploymentSet),
        #[allow(missing_docs)]
        EarningsWithdrawn(EarningsWithdrawn),
        #[allow(missing_docs)]
        FeesSwept(FeesSwept),
        #[allow(missing_docs)]
        ProtocolFeeSet(ProtocolFeeSet),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
        #[allow(missing_docs)]
        TreasurySet(TreasurySet),
        #[allow(missing_docs)]
        UsageSet(UsageSet),
        #[allow(missing_docs)]
        VersionPublished(VersionPublished),
    }
    impl ComponentMarketEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                12u8, 33u8, 88u8, 228u8, 148u8, 230u8, 189u8, 16u8, 211u8, 162u8, 111u8,
                43u8, 185u8, 142u8, 238u8, 51u8, 204u8, 93u8, 99u8, 51u8, 110u8, 194u8,
                187u8, 125u8, 236u8, 11u8, 171u8, 113u8, 93u8, 175u8, 87u8, 170u8,
            ],
            [
                45u8, 222u8, 13u8, 205u8, 12u8, 231u8, 13u8, 167u8, 106u8, 108u8, 246u8,
                94u8, 85u8, 209u8, 160u8, 165u8, 187u8, 241u8, 11u8, 55u8, 110u8, 149u8,
                66u8, 84u8, 197u8, 133u8, 230u8, 119u8, 108u8, 27u8, 254u8, 203u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                52u8, 78u8, 209u8, 173u8, 77u8, 221u8, 126u8, 99u8, 224u8, 68u8, 3u8,
                129u8, 30u8, 56u8, 5u8, 136u8, 149u8, 239u8, 122u8, 101u8, 107u8, 246u8,
                213u8, 178u8, 93u8, 33u8, 158u8, 0u8, 131u8, 194u8, 39u8, 230u8,
            ],
            [
                54u8, 136u8, 70u8, 237u8, 88u8, 138u8, 47u8, 177u8, 43u8, 79u8, 171u8,
                255u8, 222u8, 82u8, 10u8, 213u8, 55u8, 223u8, 38u8, 234u8, 128u8, 173u8,
                120u8, 155u8, 96u8, 175u8, 195u8, 124u8, 92u8, 199u8, 254u8, 107u8,
            ],
            [
                60u8, 134u8, 69u8, 65u8, 239u8, 113u8, 55u8, 140u8, 98u8, 41u8, 81u8,
                14u8, 217u8, 15u8, 55u8, 101u8, 101u8, 238u8, 66u8, 217u8, 197u8, 224u8,
                144u8, 74u8, 152u8, 74u8, 158u8, 134u8, 62u8, 109u8, 180u8, 79u8,
            ],
            [
                76u8, 18u8, 249u8, 27u8, 163u8, 154u8, 40u8, 191u8, 92u8, 15u8, 243u8,
                170u8, 144u8, 216u8, 5u8, 180u8, 228u8, 16u8, 174u8, 123u8, 169u8, 211u8,
                98u8, 196u8, 175u8, 88u8, 125u8, 255u8, 103u8, 169u8, 166u8, 121u8,
            ],
            [
                95u8, 231u8, 180u8, 249u8, 122u8, 239u8, 16u8, 71u8, 186u8, 53u8, 90u8,
                146u8, 219u8, 194u8, 138u8, 29u8, 31u8, 36u8, 229u8, 201u8, 85u8, 181u8,
                248u8, 227u8, 177u8, 251u8, 238u8, 15u8, 86u8, 81u8, 231u8, 158u8,
            ],
            [
                113u8, 107u8, 73u8, 159u8, 40u8, 114u8, 189u8, 237u8, 98u8, 69u8, 41u8,
                181u8, 153u8, 210u8, 76u8, 244u8, 133u8, 248u8, 78u8, 231u8, 96u8, 176u8,
                29u8, 36u8, 243u8, 221u8, 49u8, 33u8, 1u8, 48u8, 178u8, 171u8,
            ],
            [
                134u8, 41u8, 188u8, 233u8, 39u8, 226u8, 69u8, 37u8, 13u8, 45u8, 14u8,
                225u8, 218u8, 53u8, 115u8, 180u8, 193u8, 224u8, 179u8, 79u8, 90u8, 112u8,
                234u8, 196u8, 31u8, 139u8, 201u8, 130u8, 15u8, 220u8, 49u8, 60u8,
            ],
            [
                173u8, 224u8, 22u8, 168u8, 211u8, 33u8, 100u8, 78u8, 81u8, 165u8, 194u8,
                119u8, 217u8, 35u8, 116u8, 0u8, 227u8, 241u8, 224u8, 39u8, 195u8, 8u8,
                141u8, 207u8, 230u8, 152u8, 239u8, 72u8, 197u8, 98u8, 247u8, 176u8,
            ],
            [
                182u8, 200u8, 27u8, 82u8, 110u8, 27u8, 213u8, 90u8, 56u8, 69u8, 216u8,
                202u8, 166u8, 254u8, 12u8, 28u8, 232u8, 123u8, 60u8, 158u8, 83u8, 78u8,
                236u8, 67u8, 244u8, 59u8, 60u8, 24u8, 73u8, 212u8, 226u8, 232u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                192u8, 226u8, 203u8, 241u8, 153u8, 42u8, 233u8, 249u8, 21u8, 18u8, 94u8,
                146u8, 174u8, 8u8, 57u8, 247u8, 198u8, 219u8, 192u8, 241u8, 16u8, 189u8,
                6u8, 137u8, 239u8, 166u8, 78u8, 193u8, 64u8, 85u8, 228u8, 179u8,
            ],
            [
                208u8, 103u8, 55u8, 147u8, 151u8, 40u8, 134u8, 152u8, 30u8, 86u8, 63u8,
                220u8, 143u8, 118u8, 232u8, 130u8, 222u8, 123u8, 207u8, 162u8, 210u8,
                148u8, 154u8, 50u8, 206u8, 78u8, 180u8, 162u8, 83u8, 108u8, 136u8, 246u8,
            ],
            [
                241u8, 52u8, 54u8, 53u8, 87u8, 79u8, 20u8, 58u8, 7u8, 26u8, 158u8, 46u8,
                152u8, 135u8, 208u8, 2u8, 98u8, 40u8, 235u8, 187u8, 39u8, 84u8, 228u8,
                155u8, 2u8, 68u8, 191u8, 234u8, 157u8, 128u8, 10u8, 41u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
            [
                250u8, 51u8, 7u8, 1u8, 208u8, 253u8, 247u8, 61u8, 25u8, 174u8, 12u8,
                229u8, 92u8, 172u8, 47u8, 87u8, 74u8, 137u8, 142u8, 228u8, 40u8, 214u8,
                152u8, 44u8, 155u8, 24u8, 141u8, 190u8, 127u8, 111u8, 59u8, 137u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(AttesterApproved),
            ::core::stringify!(UsageSet),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(ProtocolFeeSet),
            ::core::stringify!(AttesterRemoved),
            ::core::stringify!(TreasurySet),
            ::core::stringify!(CreditsDeposited),
            ::core::stringify!(DeploymentSet),
            ::core::stringify!(CreditsWithdrawn),
            ::core::stringify!(VersionPublished),
            ::core::stringify!(ComponentRegistered),
            ::core::stringify!(FeesSwept),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(Charged),
            ::core::stringify!(EarningsWithdrawn),
            ::core::stringify!(AttestationRevoked),
            ::core::stringify!(RoleRevoked),
            ::core::stringify!(Attested),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <AttesterApproved as alloy_sol_types::SolEvent>::SIGNATURE,
            <UsageSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProtocolFeeSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <AttesterRemoved as alloy_sol_types::SolEvent>::SIGNATURE,
            <TreasurySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <CreditsDeposited as alloy_sol_types::SolEvent>::SIGNATURE,
            <DeploymentSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <CreditsWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <VersionPublished as alloy_sol_types::SolEvent>::SIGNATURE,
            <ComponentRegistered as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeesSwept as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <Charged as alloy_sol_types::SolEvent>::SIGNATURE,
            <EarningsWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <AttestationRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <Attested as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for ComponentMarketEvents {
        const NAME: &'static str = "ComponentMarketEvents";
        const COUNT: usize = 18usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(
                    <AttestationRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <AttestationRevoked as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AttestationRevoked)
                }
                Some(<Attested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Attested as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Attested)
                }
                Some(<AttesterApproved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AttesterApproved as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AttesterApproved)
                }
                Some(<AttesterRemoved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AttesterRemoved as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AttesterRemoved)
                }
                Some(<Charged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Charged as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Charged)
                }
                Some(
                    <ComponentRegistered as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <ComponentRegistered as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ComponentRegistered)
                }
                Some(<CreditsDeposited as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <CreditsDeposited as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CreditsDeposited)
                }
                Some(<CreditsWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <CreditsWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CreditsWithdrawn)
                }
                Some(<DeploymentSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <DeploymentSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::DeploymentSet)
                }
                Some(
                    <EarningsWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EarningsWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EarningsWithdrawn)
                }
                Some(<FeesSwept as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FeesSwept as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::FeesSwept)
                }
                Some(<ProtocolFeeSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProtocolFeeSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProtocolFeeSet)
                }
                Some(<RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleAdminChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleAdminChanged)
                }
                Some(<RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleGranted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleGranted)
                }
                Some(<RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleRevoked as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleRevoked)
                }
                Some(<TreasurySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TreasurySet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::TreasurySet)
                }
                Some(<UsageSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <UsageSet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::UsageSet)
                }
                Some(<VersionPublished as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <VersionPublished as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::VersionPublished)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for ComponentMarketEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AttestationRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Attested(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::AttesterApproved(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::AttesterRemoved(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Charged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ComponentRegistered(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::CreditsDeposited(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::CreditsWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DeploymentSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EarningsWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::FeesSwept(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProtocolFeeSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TreasurySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::UsageSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::VersionPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AttestationRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Attested(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::AttesterApproved(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::AttesterRemoved(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Charged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ComponentRegistered(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::CreditsDeposited(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::CreditsWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DeploymentSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EarningsWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::FeesSwept(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProtocolFeeSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TreasurySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::UsageSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::VersionPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`ComponentMarket`](self) contract instance.

See the [wrapper's documentation](`ComponentMarketInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ComponentMarketInstance<P, N> {
        ComponentMarketInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        era_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
        admin: alloy::sol_types::private::Address,
        protocolFeeBps_: u16,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<ComponentMarketInstance<P, N>>,
    > {
        ComponentMarketInstance::<
            P,
            N,
        >::deploy(__provider, era_, treasury_, admin, protocolFeeBps_)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        era_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
        admin: alloy::sol_types::private::Address,
        protocolFeeBps_: u16,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        ComponentMarketInstance::<
            P,
            N,
        >::deploy_builder(__provider, era_, treasury_, admin, protocolFeeBps_)
    }
    /**A [`ComponentMarket`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`ComponentMarket`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ComponentMarketInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ComponentMarketInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ComponentMarketInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ComponentMarketInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ComponentMarket`](self) contract instance.

See the [wrapper's documentation](`ComponentMarketInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            era_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            admin: alloy::sol_types::private::Address,
            protocolFeeBps_: u16,
        ) -> alloy_contract::Result<ComponentMarketInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                era_,
                treasury_,
                admin,
                protocolFeeBps_,
            );
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            era_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            admin: alloy::sol_types::private::Address,
            protocolFeeBps_: u16,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            era_,
                            treasury_,
                            admin,
                            protocolFeeBps_,
                        },
                    )[..],
                ]
                    .concat()
                    .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> ComponentMarketInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ComponentMarketInstance<P, N> {
            ComponentMarketInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ComponentMarketInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`MAX_ATTESTERS`] function.
        pub fn MAX_ATTESTERS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_ATTESTERSCall, N> {
            self.call_builder(&MAX_ATTESTERSCall)
        }
        ///Creates a new call builder for the [`approveAttester`] function.
        pub fn approveAttester(
            &self,
            attester: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, approveAttesterCall, N> {
            self.call_builder(&approveAttesterCall { attester })
        }
        ///Creates a new call builder for the [`attest`] function.
        pub fn attest(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
        ) -> alloy_contract::SolCallBuilder<&P, attestCall, N> {
            self.call_builder(&attestCall { componentId, version })
        }
        ///Creates a new call builder for the [`attestationCount`] function.
        pub fn attestationCount(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
        ) -> alloy_contract::SolCallBuilder<&P, attestationCountCall, N> {
            self.call_builder(
                &attestationCountCall {
                    componentId,
                    version,
                },
            )
        }
        ///Creates a new call builder for the [`attesterSlotsIssued`] function.
        pub fn attesterSlotsIssued(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, attesterSlotsIssuedCall, N> {
            self.call_builder(&attesterSlotsIssuedCall)
        }
        ///Creates a new call builder for the [`charge`] function.
        pub fn charge(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            consumer: alloy::sol_types::private::Address,
            uses: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, chargeCall, N> {
            self.call_builder(
                &chargeCall {
                    componentId,
                    consumer,
                    uses,
                },
            )
        }
        ///Creates a new call builder for the [`componentCount`] function.
        pub fn componentCount(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, componentCountCall, N> {
            self.call_builder(&componentCountCall)
        }
        ///Creates a new call builder for the [`deploymentCodeHash`] function.
        pub fn deploymentCodeHash(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
        ) -> alloy_contract::SolCallBuilder<&P, deploymentCodeHashCall, N> {
            self.call_builder(
                &deploymentCodeHashCall {
                    componentId,
                    version,
                },
            )
        }
        ///Creates a new call builder for the [`deploymentOf`] function.
        pub fn deploymentOf(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
            chainId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, deploymentOfCall, N> {
            self.call_builder(
                &deploymentOfCall {
                    componentId,
                    version,
                    chainId,
                },
            )
        }
        ///Creates a new call builder for the [`depositCredits`] function.
        pub fn depositCredits(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            consumer: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, depositCreditsCall, N> {
            self.call_builder(
                &depositCreditsCall {
                    componentId,
                    consumer,
                    amount,
                },
            )
        }
        ///Creates a new call builder for the [`era`] function.
        pub fn era(&self) -> alloy_contract::SolCallBuilder<&P, eraCall, N> {
            self.call_builder(&eraCall)
        }
        ///Creates a new call builder for the [`getComponent`] function.
        pub fn getComponent(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, getComponentCall, N> {
            self.call_builder(&getComponentCall { componentId })
        }
        ///Creates a new call builder for the [`getLedger`] function.
        pub fn getLedger(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, getLedgerCall, N> {
            self.call_builder(&getLedgerCall { componentId })
        }
        ///Creates a new call builder for the [`getRoleAdmin`] function.
        pub fn getRoleAdmin(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRoleAdminCall, N> {
            self.call_builder(&getRoleAdminCall { role })
        }
        ///Creates a new call builder for the [`getUsage`] function.
        pub fn getUsage(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            consumer: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, getUsageCall, N> {
            self.call_builder(
                &getUsageCall {
                    componentId,
                    consumer,
                },
            )
        }
        ///Creates a new call builder for the [`getVersion`] function.
        pub fn getVersion(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
        ) -> alloy_contract::SolCallBuilder<&P, getVersionCall, N> {
            self.call_builder(
                &getVersionCall {
                    componentId,
                    version,
                },
            )
        }
        ///Creates a new call builder for the [`grantRole`] function.
        pub fn grantRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, grantRoleCall, N> {
            self.call_builder(&grantRoleCall { role, account })
        }
        ///Creates a new call builder for the [`hasAttested`] function.
        pub fn hasAttested(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
            attester: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasAttestedCall, N> {
            self.call_builder(
                &hasAttestedCall {
                    componentId,
                    version,
                    attester,
                },
            )
        }
        ///Creates a new call builder for the [`hasRole`] function.
        pub fn hasRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasRoleCall, N> {
            self.call_builder(&hasRoleCall { role, account })
        }
        ///Creates a new call builder for the [`isApprovedAttester`] function.
        pub fn isApprovedAttester(
            &self,
            attester: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isApprovedAttesterCall, N> {
            self.call_builder(&isApprovedAttesterCall { attester })
        }
        ///Creates a new call builder for the [`protocolFeeBps`] function.
        pub fn protocolFeeBps(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, protocolFeeBpsCall, N> {
            self.call_builder(&protocolFeeBpsCall)
        }
        ///Creates a new call builder for the [`publishVersion`] function.
        pub fn publishVersion(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            contentHash: alloy::sol_types::private::FixedBytes<32>,
            uri: alloy::sol_types::private::String,
            feePerUse: alloy::sol_types::private::primitives::aliases::U96,
        ) -> alloy_contract::SolCallBuilder<&P, publishVersionCall, N> {
            self.call_builder(
                &publishVersionCall {
                    componentId,
                    contentHash,
                    uri,
                    feePerUse,
                },
            )
        }
        ///Creates a new call builder for the [`registerComponent`] function.
        pub fn registerComponent(
            &self,
            uri: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, registerComponentCall, N> {
            self.call_builder(&registerComponentCall { uri })
        }
        ///Creates a new call builder for the [`removeAttester`] function.
        pub fn removeAttester(
            &self,
            attester: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, removeAttesterCall, N> {
            self.call_builder(&removeAttesterCall { attester })
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(
                &renounceRoleCall {
                    role,
                    callerConfirmation,
                },
            )
        }
        ///Creates a new call builder for the [`revokeAttestation`] function.
        pub fn revokeAttestation(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
        ) -> alloy_contract::SolCallBuilder<&P, revokeAttestationCall, N> {
            self.call_builder(
                &revokeAttestationCall {
                    componentId,
                    version,
                },
            )
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`setDeployment`] function.
        pub fn setDeployment(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
            chainId: alloy::sol_types::private::primitives::aliases::U256,
            deployment: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setDeploymentCall, N> {
            self.call_builder(
                &setDeploymentCall {
                    componentId,
                    version,
                    chainId,
                    deployment,
                },
            )
        }
        ///Creates a new call builder for the [`setProtocolFee`] function.
        pub fn setProtocolFee(
            &self,
            feeBps: u16,
        ) -> alloy_contract::SolCallBuilder<&P, setProtocolFeeCall, N> {
            self.call_builder(&setProtocolFeeCall { feeBps })
        }
        ///Creates a new call builder for the [`setTreasury`] function.
        pub fn setTreasury(
            &self,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setTreasuryCall, N> {
            self.call_builder(&setTreasuryCall { treasury_ })
        }
        ///Creates a new call builder for the [`setUsage`] function.
        pub fn setUsage(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
            requiredAttestations: u8,
        ) -> alloy_contract::SolCallBuilder<&P, setUsageCall, N> {
            self.call_builder(
                &setUsageCall {
                    componentId,
                    version,
                    requiredAttestations,
                },
            )
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(
                &supportsInterfaceCall {
                    interfaceId,
                },
            )
        }
        ///Creates a new call builder for the [`sweepFees`] function.
        pub fn sweepFees(
            &self,
            componentIds: alloy::sol_types::private::Vec<
                alloy::sol_types::private::primitives::aliases::U256,
            >,
        ) -> alloy_contract::SolCallBuilder<&P, sweepFeesCall, N> {
            self.call_builder(&sweepFeesCall { componentIds })
        }
        ///Creates a new call builder for the [`treasury`] function.
        pub fn treasury(&self) -> alloy_contract::SolCallBuilder<&P, treasuryCall, N> {
            self.call_builder(&treasuryCall)
        }
        ///Creates a new call builder for the [`withdrawCredits`] function.
        pub fn withdrawCredits(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            amount: alloy::sol_types::private::primitives::aliases::U256,
            to: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawCreditsCall, N> {
            self.call_builder(
                &withdrawCreditsCall {
                    componentId,
                    amount,
                    to,
                },
            )
        }
        ///Creates a new call builder for the [`withdrawEarnings`] function.
        pub fn withdrawEarnings(
            &self,
            componentId: alloy::sol_types::private::primitives::aliases::U256,
            to: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawEarningsCall, N> {
            self.call_builder(
                &withdrawEarningsCall {
                    componentId,
                    to,
                },
            )
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ComponentMarketInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`AttestationRevoked`] event.
        pub fn AttestationRevoked_filter(
            &self,
        ) -> alloy_contract::Event<&P, AttestationRevoked, N> {
            self.event_filter::<AttestationRevoked>()
        }
        ///Creates a new event filter for the [`Attested`] event.
        pub fn Attested_filter(&self) -> alloy_contract::Event<&P, Attested, N> {
            self.event_filter::<Attested>()
        }
        ///Creates a new event filter for the [`AttesterApproved`] event.
        pub fn AttesterApproved_filter(
            &self,
        ) -> alloy_contract::Event<&P, AttesterApproved, N> {
            self.event_filter::<AttesterApproved>()
        }
        ///Creates a new event filter for the [`AttesterRemoved`] event.
        pub fn AttesterRemoved_filter(
            &self,
        ) -> alloy_contract::Event<&P, AttesterRemoved, N> {
            self.event_filter::<AttesterRemoved>()
        }
        ///Creates a new event filter for the [`Charged`] event.
        pub fn Charged_filter(&self) -> alloy_contract::Event<&P, Charged, N> {
            self.event_filter::<Charged>()
        }
        ///Creates a new event filter for the [`ComponentRegistered`] event.
        pub fn ComponentRegistered_filter(
            &self,
        ) -> alloy_contract::Event<&P, ComponentRegistered, N> {
            self.event_filter::<ComponentRegistered>()
        }
        ///Creates a new event filter for the [`CreditsDeposited`] event.
        pub fn CreditsDeposited_filter(
            &self,
        ) -> alloy_contract::Event<&P, CreditsDeposited, N> {
            self.event_filter::<CreditsDeposited>()
        }
        ///Creates a new event filter for the [`CreditsWithdrawn`] event.
        pub fn CreditsWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, CreditsWithdrawn, N> {
            self.event_filter::<CreditsWithdrawn>()
        }
        ///Creates a new event filter for the [`DeploymentSet`] event.
        pub fn DeploymentSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, DeploymentSet, N> {
            self.event_filter::<DeploymentSet>()
        }
        ///Creates a new event filter for the [`EarningsWithdrawn`] event.
        pub fn EarningsWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, EarningsWithdrawn, N> {
            self.event_filter::<EarningsWithdrawn>()
        }
        ///Creates a new event filter for the [`FeesSwept`] event.
        pub fn FeesSwept_filter(&self) -> alloy_contract::Event<&P, FeesSwept, N> {
            self.event_filter::<FeesSwept>()
        }
        ///Creates a new event filter for the [`ProtocolFeeSet`] event.
        pub fn ProtocolFeeSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProtocolFeeSet, N> {
            self.event_filter::<ProtocolFeeSet>()
        }
        ///Creates a new event filter for the [`RoleAdminChanged`] event.
        pub fn RoleAdminChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, RoleAdminChanged, N> {
            self.event_filter::<RoleAdminChanged>()
        }
        ///Creates a new event filter for the [`RoleGranted`] event.
        pub fn RoleGranted_filter(&self) -> alloy_contract::Event<&P, RoleGranted, N> {
            self.event_filter::<RoleGranted>()
        }
        ///Creates a new event filter for the [`RoleRevoked`] event.
        pub fn RoleRevoked_filter(&self) -> alloy_contract::Event<&P, RoleRevoked, N> {
            self.event_filter::<RoleRevoked>()
        }
        ///Creates a new event filter for the [`TreasurySet`] event.
        pub fn TreasurySet_filter(&self) -> alloy_contract::Event<&P, TreasurySet, N> {
            self.event_filter::<TreasurySet>()
        }
        ///Creates a new event filter for the [`UsageSet`] event.
        pub fn UsageSet_filter(&self) -> alloy_contract::Event<&P, UsageSet, N> {
            self.event_filter::<UsageSet>()
        }
        ///Creates a new event filter for the [`VersionPublished`] event.
        pub fn VersionPublished_filter(
            &self,
        ) -> alloy_contract::Event<&P, VersionPublished, N> {
            self.event_filter::<VersionPublished>()
        }
    }
}
